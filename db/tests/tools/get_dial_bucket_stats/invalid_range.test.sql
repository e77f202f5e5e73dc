-- get_dial_bucket_stats refuses until <= since (22023) and a since or until that is not an ISO 8601
-- date-time (22P02).
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Outbound') returning id as bucket \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'since', '2030-01-02T00:00:00Z', 'until', '2030-01-01T00:00:00Z'), '{}') as before \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'since', '2030-01-02T00:00:00Z', 'until', '2030-01-02T01:00:00+01:00'), '{}') as same \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'since', 'next tuesday'), '{}') as words \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'until', '2030-13-01T00:00:00Z'), '{}') as no_such_month \gset
select tests.act_as_owner();

select is(:'before'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'until before since: isError true with 22023');
select matches(:'before'::jsonb -> 'content' -> 0 ->> 'text', '"until".*after.*"since"', 'the message says until must be after since');
select is(:'same'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'until the same instant as since (another offset): 22023');
select is(:'words'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22P02"}}'::jsonb,
          '"next tuesday" as since: 22P02');
select matches(:'words'::jsonb -> 'content' -> 0 ->> 'text', '"since"', 'the message names the argument');
select is(:'no_such_month'::jsonb -> '_meta' ->> 'sqlstate', '22P02', 'month 13 as until: 22P02');

select * from finish();
rollback;
