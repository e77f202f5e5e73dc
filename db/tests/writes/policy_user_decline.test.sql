-- The user declines or cancels (or accepts without a yes): nothing is written, the action is
-- declined (the reason says how), and the call answers status declined, logged declined.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as s_decline \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as s_cancel \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as s_no \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'s_decline', 'decline', request_id => 'dec-1') as declined \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'s_cancel', 'cancel', request_id => 'dec-2') as cancelled \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'s_no',
                            '{"confirm": {"action": "accept", "content": {"confirm": false}}}', request_id => 'dec-3') as said_no \gset
select tests.act_as_owner();

select is(:'declined'::jsonb -> 'structuredContent' ->> 'status', 'declined', 'decline: status declined');
select is(:'cancelled'::jsonb -> 'structuredContent' ->> 'status', 'declined', 'cancel: status declined');
select is(:'said_no'::jsonb -> 'structuredContent' ->> 'status', 'declined', 'accept with confirm false: status declined');
select matches(:'declined'::jsonb -> 'content' -> 0 ->> 'text', '^Not done: the user declined this change, so nothing was changed',
               'the text says nothing was changed');
select is((select count(*) from app.calendar_events where org_id = :'org'), 0::bigint, 'nothing was written');
select results_eq(format($$ select id::text, status, decided_by, reason from mcp.actions where id in (%L, %L, %L) order by reason $$,
                         :'s_decline', :'s_cancel', :'s_no'),
                  format($$ values (%L, 'declined', 'user at the client', 'answered no'), (%L, 'declined', 'user at the client', 'cancel'),
                                   (%L, 'declined', 'user at the client', 'decline') $$, :'s_no', :'s_cancel', :'s_decline'),
                  'each action is declined by the user at the client, the reason saying how');
select results_eq($$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'dec-%' order by request_id $$,
                  $$ values ('dec-1', 'declined', null::text), ('dec-2', 'declined', null), ('dec-3', 'declined', null) $$,
                  'each answer is one usage-log row, declined');

select * from finish();
rollback;
