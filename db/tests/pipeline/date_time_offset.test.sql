-- A date-time whose offset cannot exist (+99:99: 22009 from the cast) or whose fields overflow is
-- an invalid argument naming the argument, never an internal error.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"start": "2026-01-01T00:00:00+99:99"}',
                             '{"request_id": "offset-1"}') as offset_answer \gset
select public.mcp_tools_call(:'raw', 'list_calendar_events', '{"start": "2026-13-45T25:61:00Z"}',
                             '{"request_id": "fields-1"}') as fields_answer \gset
select tests.act_as_owner();

select is(:'offset_answer'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22P02"}}'::jsonb,
          'an impossible offset is an invalid argument (22P02)');
select matches(:'offset_answer'::jsonb -> 'content' -> 0 ->> 'text', '^argument "start" is not a valid date-time',
               'naming the argument');
select is(:'fields_answer'::jsonb -> '_meta' ->> 'sqlstate', '22P02', 'overflowing fields too');
select results_eq($$ select outcome::text from mcp.usage_log where request_id in ('offset-1', 'fields-1') $$,
                  $$ values ('invalid_arguments'), ('invalid_arguments') $$, 'both logged as invalid_arguments');

select * from finish();
rollback;
