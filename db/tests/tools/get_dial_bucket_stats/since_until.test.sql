-- get_dial_bucket_stats with since and/or until counts the activities with since <= occurred_at <
-- until (since inclusive, until exclusive, offsets honoured) and echoes the window; over a grid of
-- windows (whole UTC days, partial days, microsecond edges, open ends) it agrees with a plain count.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer', '{*}', 100000) as raw \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Outbound') returning id as bucket \gset
insert into app.dial_activities (org_id, bucket_id, kind, occurred_at) values
  (:'org', :'bucket', 'call', '2029-12-31T23:59:59.999999Z'),
  (:'org', :'bucket', 'call', '2030-01-01T10:00:00Z'),
  (:'org', :'bucket', 'call', '2030-01-02T00:00:00Z'),
  (:'org', :'bucket', 'email', '2030-01-02T12:00:00Z'),
  (:'org', :'bucket', 'meeting', '2030-01-03T00:00:00Z'),
  (:'org', :'bucket', 'sms', '2030-01-03T23:59:59.999999Z'),
  (:'org', :'bucket', 'task', '2030-01-05T08:00:00Z'),
  (:'org', :'bucket', 'note', '2030-01-05T08:00:00Z'),
  (:'org', :'bucket', 'voicemail', '2030-01-10T00:00:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'since', '2030-01-02T00:00:00Z'), '{}') -> 'structuredContent' as since_only \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'until', '2030-01-02T00:00:00Z'), '{}') -> 'structuredContent' as until_only \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'since', '2030-01-01T10:00:00Z', 'until', '2030-01-05T08:00:00Z'), '{}') -> 'structuredContent' as both \gset
select public.mcp_tools_call(:'raw', 'get_dial_bucket_stats', jsonb_build_object('bucket_id', :'bucket',
       'since', '2030-01-01T11:00:00+01:00', 'until', '2030-01-01T10:00:00.000001Z'), '{}') -> 'structuredContent' as one_us \gset
select tests.act_as_owner();

select is(:'since_only'::jsonb - 'bucket',
          $json${"since": "2030-01-02T00:00:00+00:00", "until": null, "total": 7,
                 "by_kind": {"call": 1, "meeting": 1, "email": 1, "sms": 1, "voicemail": 1, "note": 1, "task": 1}}$json$::jsonb,
          'since alone: from that instant on, the call at exactly since included; since echoed, until null');
select is(:'until_only'::jsonb - 'bucket',
          $json${"since": null, "until": "2030-01-02T00:00:00+00:00", "total": 2,
                 "by_kind": {"call": 2, "meeting": 0, "email": 0, "sms": 0, "voicemail": 0, "note": 0, "task": 0}}$json$::jsonb,
          'until alone: before that instant, the call at exactly until left out');
select is(:'both'::jsonb - 'bucket' - 'since' - 'until',
          '{"total": 5, "by_kind": {"call": 2, "meeting": 1, "email": 1, "sms": 1, "voicemail": 0, "note": 0, "task": 0}}'::jsonb,
          'since and until: the activity at since counted, the two at until not');
select is(:'one_us'::jsonb - 'bucket',
          $json${"since": "2030-01-01T10:00:00+00:00", "until": "2030-01-01T10:00:00.000001+00:00", "total": 1,
                 "by_kind": {"call": 1, "meeting": 0, "email": 0, "sms": 0, "voicemail": 0, "note": 0, "task": 0}}$json$::jsonb,
          'a one-microsecond window given with a +01:00 offset: the one call at its start');

-- the grid: every pair of these instants (and open ends) as since < until
create temp table bounds (b timestamptz);
insert into bounds values (null), ('2029-12-31T00:00:00Z'), ('2029-12-31T23:59:59.999999Z'), ('2030-01-01T00:00:00Z'),
  ('2030-01-01T10:00:00Z'), ('2030-01-01T10:00:00.000001Z'), ('2030-01-02T00:00:00Z'), ('2030-01-02T12:00:00Z'),
  ('2030-01-03T00:00:00Z'), ('2030-01-03T23:59:59.999999Z'), ('2030-01-04T00:00:00Z'), ('2030-01-05T08:00:00Z'),
  ('2030-01-10T00:00:00Z'), ('2030-01-10T00:00:00.000001Z'), ('2030-02-01T00:00:00Z');
create temp table grid (since timestamptz, until timestamptz, answer jsonb);
insert into grid (since, until)
select s.b, u.b from bounds s, bounds u where s.b is null or u.b is null or s.b < u.b;
select set_config('tests.raw', :'raw', true), set_config('tests.bucket', :'bucket', true);
do $$
declare
  w record;
  result jsonb;
begin
  for w in select since, until from grid loop
    perform tests.act_as('tests_gateway');
    result := public.mcp_tools_call(current_setting('tests.raw'), 'get_dial_bucket_stats',
      jsonb_build_object('bucket_id', current_setting('tests.bucket'), 'since', w.since, 'until', w.until), '{}');
    perform tests.act_as_owner();
    update grid g set answer = result
    where g.since is not distinct from w.since and g.until is not distinct from w.until;
  end loop;
end
$$;

select is((select count(*) from grid where answer -> 'isError' = 'false'), 120::bigint,
          'all 120 windows of the grid are answered');
select is_empty(format($$
  select g.since, g.until, k.kind, (g.answer #>> array['structuredContent', 'by_kind', k.kind])::bigint as got,
         (select count(*) from app.dial_activities a
          where a.bucket_id = %L and a.kind = k.kind
            and (g.since is null or a.occurred_at >= g.since) and (g.until is null or a.occurred_at < g.until)) as expected
  from grid g,
       (values ('call'), ('meeting'), ('email'), ('sms'), ('voicemail'), ('note'), ('task')) k (kind)
  where (g.answer #>> array['structuredContent', 'by_kind', k.kind])::bigint is distinct from
        (select count(*) from app.dial_activities a
         where a.bucket_id = %L and a.kind = k.kind
           and (g.since is null or a.occurred_at >= g.since) and (g.until is null or a.occurred_at < g.until)) $$,
  :'bucket', :'bucket'),
  'for every window and kind the count is that of since <= occurred_at < until');
select is_empty($$ select since, until from grid
                   where (answer #>> '{structuredContent,total}')::bigint is distinct from
                         (select sum(v::bigint) from jsonb_each_text(answer #> '{structuredContent,by_kind}') as e (k, v)) $$,
                'for every window total is the sum of by_kind');
select is_empty($$ select since, until from grid
                   where (answer #>> '{structuredContent,since}')::timestamptz is distinct from since
                      or (answer #>> '{structuredContent,until}')::timestamptz is distinct from until $$,
                'for every window since and until are echoed');
select cmp_ok((select count(distinct (answer #>> '{structuredContent,total}')) from grid), '>=', 5::bigint,
              'the grid''s windows give a variety of totals (the comparison is not vacuous)');

select * from finish();
rollback;
