-- A requestState is good only for the token and tool it was made for: the state of another token
-- (of the same org, or another org), of another write tool, a random uuid or garbage are refused
-- with MC040, and nothing is written; the action stays pending for its own token.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.issue_write_token(:'org'::uuid, 'asker') as raw \gset
select tests.issue_write_token(:'org'::uuid, 'colleague') as raw_same_org \gset
select tests.issue_write_token(:'other'::uuid, 'stranger') as raw_other_org \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

-- a second write tool, taking the same arguments
create function mcp_tools.tests_create_twin(args jsonb) returns jsonb
language sql volatile security definer set search_path = '' as $$ select '{"twin": true}'::jsonb $$;
select mcp.tool_register(name => 'tests_create_twin', title => 'Twin', description => 'Takes the same arguments.',
  handler => 'mcp_tools.tests_create_twin(jsonb)', preview => 'mcp_tools.create_calendar_event_preview(jsonb)',
  input_schema => (select input_schema - 'idempotency_key' from mcp.tools where name = 'create_calendar_event'),
  output_schema => '{"type": "object"}');

select tests.act_as('tests_gateway');
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev') ->> 'requestState' as state \gset
select tests.call_eliciting(:'raw', 'tests_create_twin', :'ev') ->> 'requestState' as twin_state \gset
select tests.call_eliciting(:'raw_same_org', 'create_calendar_event', :'ev', :'state', 'accept', request_id => 'foreign-1') as same_org \gset
select tests.call_eliciting(:'raw_other_org', 'create_calendar_event', :'ev', :'state', 'accept', request_id => 'foreign-2') as other_org \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', :'twin_state', 'accept', request_id => 'foreign-3') as other_tool \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', gen_random_uuid()::text, 'accept', request_id => 'foreign-4') as random \gset
select tests.call_eliciting(:'raw', 'create_calendar_event', :'ev', 'x''; drop table mcp.actions; --', 'accept', request_id => 'foreign-5') as garbage \gset
select public.mcp_tools_call_json(:'raw', json_build_object('name', 'create_calendar_event', 'arguments', :'ev'::json,
                                  'requestState', 42, 'inputResponses', '{"confirm": {"action": "accept", "content": {"confirm": true}}}'::json),
                                  '{"elicitation": true, "request_id": "foreign-6"}') as not_text \gset
select tests.act_as_owner();

select is(:'same_org'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'another token of the same org: MC040');
select is(:'other_org'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'a token of another org: MC040');
select is(:'other_tool'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'the state of another tool: MC040');
select is(:'random'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'a random uuid: MC040');
select is(:'garbage'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'garbage: MC040');
select is(:'not_text'::jsonb -> '_meta' ->> 'sqlstate', 'MC040', 'a state that is not a string: MC040');
select ok((select count(*) = 0 from app.calendar_events) and not exists (select from mcp.actions where status <> 'pending'),
          'nothing was written; every action is still pending');
select results_eq($$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'foreign-%' order by request_id $$,
                  $$ values ('foreign-1', 'invalid_arguments', 'MC040'), ('foreign-2', 'invalid_arguments', 'MC040'),
                            ('foreign-3', 'invalid_arguments', 'MC040'), ('foreign-4', 'invalid_arguments', 'MC040'),
                            ('foreign-5', 'invalid_arguments', 'MC040'), ('foreign-6', 'invalid_arguments', 'MC040') $$,
                  'each is logged invalid_arguments MC040');

select * from finish();
rollback;
