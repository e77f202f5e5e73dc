-- get_current_time without arguments, through tools/call: the current time in UTC, as
-- structuredContent with exactly the output schema's required keys.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'clock') as raw \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_current_time', '{}', '{}') as answer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is(:'sc'::jsonb ->> 'timezone', 'UTC', 'the time zone is UTC');
select is((:'sc'::jsonb ->> 'utc_offset_seconds')::integer, 0, 'the UTC offset is 0 seconds');
select ok(:'sc'::jsonb ->> 'datetime' like '%+00:00', 'the datetime ends with +00:00');
select is((:'sc'::jsonb ->> 'datetime')::timestamptz, now(), 'the datetime is the transaction''s now()');
select is((:'sc'::jsonb ->> 'unix_time')::numeric, round(extract(epoch from now()), 6), 'unix_time is now() in seconds');
select set_eq(format($$ select jsonb_object_keys(%L::jsonb) $$, :'sc'),
              $$ select jsonb_array_elements_text(output_schema -> 'required') from mcp.tools where name = 'get_current_time' $$,
              'structuredContent has exactly the keys the output schema requires');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
