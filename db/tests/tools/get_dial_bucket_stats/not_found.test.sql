-- get_dial_bucket_stats with a well-formed id that names no bucket of the token's org (unknown, or
-- another org's) answers isError true with P0002 "not found or not visible".
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.dial_buckets (org_id, name) values (:'other', 'Their bucket') returning id as theirs \gset
insert into app.dial_activities (org_id, bucket_id, kind, occurred_at) values (:'other', :'theirs', 'call', now());

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', '{"bucket_id": "00000000-0000-4000-8000-000000000000"}', '{}') as unknown \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'theirs'), '{}') as other_org \gset
select tests.act_as_owner();

select is(:'unknown'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'an unknown id: isError true with P0002');
select matches(:'unknown'::jsonb -> 'content' -> 0 ->> 'text', 'not found or not visible', 'the message says not found or not visible');
select matches(:'unknown'::jsonb -> 'content' -> 0 ->> 'text', 'Hint: .*list_dial_buckets', 'and hints at list_dial_buckets');
select is(:'other_org'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "P0002"}}'::jsonb,
          'another org''s bucket: P0002 too');
select unalike(:'other_org'::jsonb -> 'content' -> 0 ->> 'text', '%Their bucket%', 'without its name');

select * from finish();
rollback;
