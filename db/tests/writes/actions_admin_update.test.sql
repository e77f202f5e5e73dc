-- An org admin decides a pending action through the table only as mcp_action_approve/reject do:
-- approved or rejected, recorded as them. Any other status set by hand ('confirmed', 'declined',
-- 'executed', 'expired', 'failed') would forge the record — a user's confirmation that never
-- happened, a write that never ran — and must be refused. And an approval by hand either runs the
-- write or is refused: an action never stands approved without having run.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

create function pg_temp.try(statement text) returns void language plpgsql as $$
begin
  execute statement;
exception when others then
  null; -- refused: as good as running it, for the invariant checked
end
$$;

select tests.act_as('tests_gateway');
-- one action per probe, so that a probe that is wrongly let through does not change the next one's
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as user_1 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as user_2 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as user_3 \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as admin_1 \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as admin_2 \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as admin_action \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as admin_3 \gset

select tests.act_as_user(:'admin');
select throws_ok(format($$ update mcp.actions set status = 'confirmed' where id = %L $$, :'user_1'), '42501', null,
                 'an admin cannot mark the user''s confirmation as given');
select throws_ok(format($$ update mcp.actions set status = 'declined' where id = %L $$, :'user_2'), '42501', null,
                 'nor as declined');
select throws_ok(format($$ update mcp.actions set status = 'executed' where id = %L $$, :'admin_1'), '42501', null,
                 'nor an action as executed');
select throws_ok(format($$ update mcp.actions set status = 'failed' where id = %L $$, :'admin_2'), '42501', null,
                 'nor as failed');
select throws_ok(format($$ update mcp.actions set status = 'approved' where id = %L $$, :'user_3'), 'MC041', null,
                 'approving one that awaits the user: MC041');
select lives_ok(format($$ update mcp.actions set status = 'rejected', reason = 'by hand' where id = %L $$, :'admin_action'),
                'rejecting by hand is a decision an admin may make');
select pg_temp.try(format($$ update mcp.actions set status = 'approved' where id = %L $$, :'admin_3'));
select tests.act_as_owner();
select ok((select status <> 'approved' or result is not null or error is not null from mcp.actions where id = :'admin_3'),
          'an approval by hand through the table either ran the write or was refused');
select results_eq(format($$ select status, decided_by, reason from mcp.actions where id = %L $$, :'admin_action'),
                  format($$ values ('rejected', %L, 'by hand') $$, :'admin'), 'recorded as the admin''s');

select * from finish();
rollback;
