-- get_dial_bucket_stats counts only the asked bucket's activities, not those of another bucket of the
-- same org at the same times: without a window, over whole days and over partial days.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer') as raw \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Outbound') returning id as mine \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Inbound') returning id as other \gset
insert into app.dial_activities (org_id, bucket_id, kind, occurred_at) values
  (:'org', :'mine', 'call', '2030-01-01T10:00:00Z'),
  (:'org', :'mine', 'call', '2030-01-02T10:00:00Z'),
  (:'org', :'mine', 'email', '2030-01-02T10:00:00Z'),
  (:'org', :'other', 'call', '2030-01-01T10:00:00Z'),
  (:'org', :'other', 'call', '2030-01-01T10:00:00Z'),
  (:'org', :'other', 'call', '2030-01-02T10:00:00Z'),
  (:'org', :'other', 'email', '2030-01-02T10:00:00Z'),
  (:'org', :'other', 'note', '2030-01-02T10:00:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'mine'), '{}')
       -> 'structuredContent' as all_time \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'mine',
       'since', '2030-01-01T00:00:00Z', 'until', '2030-01-03T00:00:00Z'), '{}') -> 'structuredContent' as whole_days \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'mine',
       'since', '2030-01-01T06:00:00Z', 'until', '2030-01-02T12:00:00Z'), '{}') -> 'structuredContent' as partial_days \gset
select tests.act_as_owner();

select is(:'all_time'::jsonb - 'bucket' - 'since' - 'until',
          '{"total": 3, "by_kind": {"call": 2, "meeting": 0, "email": 1, "sms": 0, "voicemail": 0, "note": 0, "task": 0}}'::jsonb,
          'without a window: the bucket''s own 2 calls and 1 email');
select is(:'whole_days'::jsonb - 'bucket' - 'since' - 'until',
          '{"total": 3, "by_kind": {"call": 2, "meeting": 0, "email": 1, "sms": 0, "voicemail": 0, "note": 0, "task": 0}}'::jsonb,
          'over two whole days: the same');
select is(:'partial_days'::jsonb - 'bucket' - 'since' - 'until',
          '{"total": 3, "by_kind": {"call": 2, "meeting": 0, "email": 1, "sms": 0, "voicemail": 0, "note": 0, "task": 0}}'::jsonb,
          'over partial days: the same');

select * from finish();
rollback;
