-- get_dial_bucket_stats refuses a malformed bucket_id (22P02, with a hint to take ids from
-- list_dial_buckets), a missing bucket_id and an unknown argument (22023).
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Outbound') returning id as bucket \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', '{"bucket_id": "Outbound"}', '{}') as malformed \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', '{"since": "2030-01-01T00:00:00Z"}', '{}') as missing \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket', 'kind', 'call'), '{}') as unknown_arg \gset
select tests.act_as_owner();

select is(:'malformed'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22P02"}}'::jsonb,
          'a bucket name instead of its id: isError true with 22P02');
select matches(:'malformed'::jsonb -> 'content' -> 0 ->> 'text', '"bucket_id".*UUID', 'the message names the argument');
select matches(:'malformed'::jsonb -> 'content' -> 0 ->> 'text', 'Hint: .*list_dial_buckets',
               'the hint says where valid ids come from: list_dial_buckets');
select is(:'missing'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb, 'no bucket_id: 22023');
select is(:'unknown_arg'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an unknown argument: 22023');
select matches(:'unknown_arg'::jsonb -> 'content' -> 0 ->> 'text', '"kind"', 'the message names it');

select * from finish();
rollback;
