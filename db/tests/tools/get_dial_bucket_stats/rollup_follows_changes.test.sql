-- get_dial_bucket_stats stays exact when activities change after they were counted: deleted, given
-- another kind, moved to another day or to another bucket (the daily rollup follows every change).
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer', '{*}', 100000) as raw \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Outbound') returning id as a \gset
insert into app.dial_buckets (org_id, name) values (:'org', 'Inbound') returning id as b \gset
insert into app.dial_activities (org_id, bucket_id, kind, outcome, occurred_at)
select :'org', :'a', (array['call', 'email', 'note'])[1 + i % 3], 'n' || i, timestamptz '2030-01-01T00:00:00Z' + i * interval '5 hours'
from generate_series(1, 30) i;
delete from app.dial_activities where org_id = :'org' and outcome in ('n1', 'n2', 'n3');
update app.dial_activities set kind = 'sms' where org_id = :'org' and outcome in ('n4', 'n5');
update app.dial_activities set occurred_at = occurred_at + interval '3 days' where org_id = :'org' and outcome in ('n6', 'n7');
update app.dial_activities set bucket_id = :'b' where org_id = :'org' and outcome in ('n8', 'n9', 'n10');

create temp table windows (bucket uuid, since timestamptz, until timestamptz, answer jsonb);
insert into windows (bucket, since, until)
select bk, s, u from (values (:'a'::uuid), (:'b'::uuid)) x (bk),
     (values (null::timestamptz, null::timestamptz), ('2030-01-01T00:00:00Z', '2030-01-04T00:00:00Z'),
             ('2030-01-01T07:00:00Z', '2030-01-03T13:00:00Z'), ('2030-01-03T00:00:00Z', null), (null, '2030-01-05T00:00:00Z')) w (s, u);
select set_config('tests.raw', :'raw', true);
do $$
declare
  w record;
  result jsonb;
begin
  for w in select bucket, since, until from windows loop
    perform tests.act_as('tests_gateway');
    result := public.mcp_tools_call(current_setting('tests.raw'), 'get_dial_bucket_stats',
      jsonb_build_object('bucket_id', w.bucket, 'since', w.since, 'until', w.until), '{}');
    perform tests.act_as_owner();
    update windows x set answer = result
    where x.bucket = w.bucket and x.since is not distinct from w.since and x.until is not distinct from w.until;
  end loop;
end
$$;

select is((select count(*) from windows where answer -> 'isError' = 'false'), 10::bigint, 'all 10 calls are answered');
select is_empty($$
  select w.bucket, w.since, w.until, k.kind
  from windows w, (values ('call'), ('meeting'), ('email'), ('sms'), ('voicemail'), ('note'), ('task')) k (kind)
  where (w.answer #>> array['structuredContent', 'by_kind', k.kind])::bigint is distinct from
        (select count(*) from app.dial_activities a
         where a.bucket_id = w.bucket and a.kind = k.kind
           and (w.since is null or a.occurred_at >= w.since) and (w.until is null or a.occurred_at < w.until)) $$,
  'for both buckets and every window, each kind''s count is that of the activities as they now are');

select * from finish();
rollback;
