-- Statement-level triggers of app.dial_activities (bound in db/policies/app.dial_activities.sql):
-- add the inserted rows to app.dial_activity_counts and take the deleted ones away, one upsert
-- per (bucket, day, kind) a statement touches, so bulk loads stay cheap.
create or replace function app.dial_activity_counts_apply()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op in ('DELETE', 'UPDATE') then
    update app.dial_activity_counts c set n = c.n - o.n
    from (select org_id, bucket_id, (occurred_at at time zone 'UTC')::date as day, kind, count(*) as n
          from old_rows group by 1, 2, 3, 4) o
    where (c.org_id, c.bucket_id, c.day, c.kind) = (o.org_id, o.bucket_id, o.day, o.kind);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into app.dial_activity_counts as c (org_id, bucket_id, day, kind, n)
    select org_id, bucket_id, (occurred_at at time zone 'UTC')::date, kind, count(*)
    from new_rows group by 1, 2, 3, 4
    on conflict on constraint dial_activity_counts_pkey do update set n = c.n + excluded.n;
  end if;
  return null;
end
$$;

comment on function app.dial_activity_counts_apply() is
  'Trigger function: keeps app.dial_activity_counts in step with app.dial_activities (statement level, transition tables).';
revoke all on function app.dial_activity_counts_apply() from public;
