-- get_dial_bucket_stats counts a bucket's activities per kind: all seven kinds are keys of by_kind,
-- zero where there are none, and total is their sum; since and until are null when not given.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.dial_buckets (org_id, id, name) values
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'Outbound'),
  (:'org', '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9', 'Empty');
insert into app.dial_activities (org_id, bucket_id, kind, outcome, occurred_at) values
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'call', 'answered', '2030-01-01T09:00:00Z'),
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'call', 'no answer', '2030-01-02T00:00:00Z'),
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'email', null, '2030-01-01T09:00:00Z'),
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'voicemail', null, '2029-12-31T23:30:00Z');
insert into app.dial_activities (org_id, bucket_id, kind, occurred_at) values
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'call', '2030-01-05T23:59:59Z'),
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'meeting', '2030-01-03T14:00:00Z'),
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'email', '2030-01-04T10:00:00Z'),
  (:'org', '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'task', '2030-01-02T08:00:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', '{"bucket_id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}', '{}') as answer \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', '{"bucket_id": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9"}', '{}') as empty \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is(:'sc'::jsonb, $json${"bucket": {"id": "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "name": "Outbound"},
  "since": null, "until": null, "total": 8,
  "by_kind": {"call": 3, "meeting": 1, "email": 2, "sms": 0, "voicemail": 1, "note": 0, "task": 1}}$json$::jsonb,
  'the bucket, the counts per kind (zero for sms and note) and the total 8');
select set_eq(format($$ select jsonb_object_keys(%L::jsonb -> 'by_kind') $$, :'sc'),
              $$ values ('call'), ('meeting'), ('email'), ('sms'), ('voicemail'), ('note'), ('task') $$,
              'by_kind has the seven kinds as keys');
select is((:'sc'::jsonb ->> 'total')::bigint,
          (select sum(v::bigint)::bigint from jsonb_each_text(:'sc'::jsonb -> 'by_kind') as e (k, v)),
          'total is the sum of by_kind');
select is(:'empty'::jsonb -> 'structuredContent', $json${"bucket": {"id": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9", "name": "Empty"},
  "since": null, "until": null, "total": 0,
  "by_kind": {"call": 0, "meeting": 0, "email": 0, "sms": 0, "voicemail": 0, "note": 0, "task": 0}}$json$::jsonb,
  'a bucket without activities: every kind 0, total 0');
select is(jsonb_typeof(:'sc'::jsonb -> 'total'), 'number', 'total is a JSON number');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'sc'::jsonb, 'the text content is the same JSON');

select * from finish();
rollback;
