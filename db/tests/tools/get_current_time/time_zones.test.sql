-- get_current_time with an IANA time zone: the local time with that zone's offset; zone names
-- match case-insensitively and come back in their canonical spelling.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'clock') as raw \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_current_time', '{"timezone": "Asia/Kolkata"}', '{}') -> 'structuredContent' as kolkata \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{"timezone": "europe/paris"}', '{}') -> 'structuredContent' as paris \gset
select public.mcp_tools_call(:'raw', 'get_current_time', '{"timezone": "utc"}', '{}') -> 'structuredContent' as utc \gset
select tests.act_as_owner();

select is((:'kolkata'::jsonb ->> 'utc_offset_seconds')::integer, 19800, 'Asia/Kolkata is 19800 seconds ahead of UTC');
select ok(:'kolkata'::jsonb ->> 'datetime' like '%+05:30', 'its datetime ends with +05:30');
select is((:'kolkata'::jsonb ->> 'datetime')::timestamptz, now(), 'and denotes the same instant, now()');
select is(:'paris'::jsonb ->> 'timezone', 'Europe/Paris', 'europe/paris is answered as Europe/Paris');
select is((:'paris'::jsonb ->> 'utc_offset_seconds')::integer,
          extract(epoch from (now() at time zone 'Europe/Paris') - (now() at time zone 'UTC'))::integer,
          'with Paris'' current offset');
select is((:'paris'::jsonb ->> 'datetime')::timestamptz, now(), 'and the same instant');
select is(:'utc'::jsonb ->> 'timezone', 'UTC', 'utc is answered as UTC');

select * from finish();
rollback;
