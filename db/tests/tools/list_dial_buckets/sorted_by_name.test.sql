-- list_dial_buckets lists the org's buckets sorted by name, then id: id, name, description and
-- created_at exactly as stored.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.dial_buckets (org_id, id, name, description, created_at) values
  (:'org', '00000000-0000-4000-8000-000000000003', 'Charlie', 'Churned customers', '2030-01-03T00:00:00Z'),
  (:'org', '00000000-0000-4000-8000-000000000009', 'Bravo', 'Second Bravo by id', '2030-01-01T00:00:00Z'),
  (:'org', '00000000-0000-4000-8000-000000000005', 'Alpha', '', '2030-01-05T12:30:00+02:00'),
  (:'org', '00000000-0000-4000-8000-000000000002', 'Bravo', 'First Bravo by id', '2030-01-02T00:00:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_dial_buckets', '{}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is(:'answer'::jsonb -> 'structuredContent', $json${"buckets": [
  {"id": "00000000-0000-4000-8000-000000000005", "name": "Alpha", "description": "", "created_at": "2030-01-05T10:30:00+00:00"},
  {"id": "00000000-0000-4000-8000-000000000002", "name": "Bravo", "description": "First Bravo by id", "created_at": "2030-01-02T00:00:00+00:00"},
  {"id": "00000000-0000-4000-8000-000000000009", "name": "Bravo", "description": "Second Bravo by id", "created_at": "2030-01-01T00:00:00+00:00"},
  {"id": "00000000-0000-4000-8000-000000000003", "name": "Charlie", "description": "Churned customers", "created_at": "2030-01-03T00:00:00+00:00"}
  ], "next_cursor": null}$json$::jsonb,
  'every bucket, by name then id, with id, name, description and created_at (UTC); next_cursor null');
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'answer'::jsonb -> 'structuredContent',
          'the text content is the same JSON');

select * from finish();
rollback;
