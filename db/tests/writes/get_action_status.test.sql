-- get_action_status, as the token's tool call, tells the agent where its actions stand: pending,
-- approved with the result, rejected with the reason (expired: expiry_approve); a token of another org gets
-- P0002 for this org's action (RLS of the running call's org), and so does an unknown id.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
select tests.issue_token(:'org'::uuid, 'read-only colleague') as raw_reader \gset
select tests.issue_token(:'other'::uuid, 'stranger') as raw_other \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

create temp table status_of (action text, answer jsonb) on commit drop;
grant all on status_of to public;

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as a_pending \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as a_approved \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'action_id' as a_rejected \gset
select tests.act_as_user(:'admin');
select * from public.mcp_action_approve(:'a_approved') \gset
select * from public.mcp_action_reject(:'a_rejected', 'wrong room') \gset
select tests.act_as('tests_gateway');
insert into status_of
select a, public.mcp_tools_call(:'raw', 'get_action_status', jsonb_build_object('action_id', a)) -> 'structuredContent'
from unnest(array[:'a_pending', :'a_approved', :'a_rejected']) a;
select public.mcp_tools_call(:'raw_other', 'get_action_status', jsonb_build_object('action_id', :'a_approved')) as foreign \gset
select public.mcp_tools_call(:'raw', 'get_action_status', jsonb_build_object('action_id', gen_random_uuid())) as unknown \gset
select public.mcp_tools_call(:'raw_reader', 'get_action_status', jsonb_build_object('action_id', :'a_approved')) -> 'structuredContent' ->> 'status' as reader \gset
select tests.act_as_owner();

select is((select answer ->> 'status' from status_of where action = :'a_pending'), 'pending', 'pending');
select results_eq(format($$ select answer ->> 'status', answer -> 'result' -> 'event' ->> 'id', answer ->> 'decided_at' is not null
                            from status_of where action = %L $$, :'a_approved'),
                  $$ select 'approved', id::text, true from app.calendar_events $$, 'approved, with the result (the new event)');
select results_eq(format($$ select answer ->> 'status', answer ->> 'reason', answer -> 'result' from status_of where action = %L $$, :'a_rejected'),
                  $$ values ('rejected', 'wrong room', 'null'::jsonb) $$, 'rejected, with the reason, no result');
select is((select answer ->> 'preview' from status_of where action = :'a_pending'),
          'Create event ''Board review'', Thu 3 Dec 2026 10:00–11:00 UTC, no attendees', 'each with its preview');
select is(:'foreign'::jsonb -> '_meta' ->> 'sqlstate', 'P0002', 'a token of another org: P0002');
select is(:'unknown'::jsonb -> '_meta' ->> 'sqlstate', 'P0002', 'an unknown action: P0002');
select is(:'reader'::text, 'approved', 'a read-only token of the same org may look (get_action_status is a read)');

select * from finish();
rollback;
