-- A confirmation is never an argument: a write tool called with confirm: true, approved: true or
-- a smuggled requestState is refused as invalid arguments (22023) naming the argument, before any
-- preview or action, whatever the token's policy; nothing is written.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid) as raw \gset
select tests.issue_write_token(:'org'::uuid, 'job', confirm => '{"*": "none"}') as raw_none \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev'::jsonb || '{"confirm": true}', '{"request_id": "arg-1"}') as c1 \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev'::jsonb || '{"approved": true}', request_id => 'arg-2') as c2 \gset
select public.mcp_tools_call(:'raw_none', 'create_calendar_event', :'ev'::jsonb || '{"User_Confirmed": "yes"}', '{"request_id": "arg-3"}') as c3 \gset
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev'::jsonb || '{"requestState": "x"}', '{"request_id": "arg-4"}') as c4 \gset
select tests.act_as_owner();

select is(:'c1'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'confirm: true is refused: 22023');
select matches(:'c1'::jsonb -> 'content' -> 0 ->> 'text', '^argument "confirm" reads as a confirmation', 'naming the argument');
select matches(:'c2'::jsonb -> 'content' -> 0 ->> 'text', '^argument "approved" reads as a confirmation',
               'approved: true from a client that can ask its user: refused, named');
select is(:'c3'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'User_Confirmed from a token with policy none: refused too');
select is(:'c4'::jsonb -> '_meta' ->> 'sqlstate', '22023', 'a requestState among the arguments: refused');
select ok((select count(*) = 0 from mcp.actions where org_id = :'org') and (select count(*) = 0 from app.calendar_events where org_id = :'org'),
          'no action and nothing written');
select results_eq($$ select request_id, outcome::text, errcode, action_id from mcp.usage_log where request_id like 'arg-%' order by request_id $$,
                  $$ values ('arg-1', 'invalid_arguments', '22023', null::uuid), ('arg-2', 'invalid_arguments', '22023', null),
                            ('arg-3', 'invalid_arguments', '22023', null), ('arg-4', 'invalid_arguments', '22023', null) $$,
                  'each is logged invalid_arguments 22023');

select * from finish();
rollback;
