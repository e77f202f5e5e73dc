-- Statement-level triggers of app.data_rows (bound in db/policies/app.data_rows.sql): keep
-- app.data_tables.row_count, one UPDATE per table touched by a statement, so bulk loads stay cheap.
create or replace function app.data_rows_count()
returns trigger
language plpgsql
-- definer: the counts follow every writer's rows (the write tools' mcp_writer may not update tables)
security definer
set search_path = ''
as $$
begin
  if tg_op in ('INSERT', 'UPDATE') then
    update app.data_tables t set row_count = t.row_count + n.c
    from (select org_id, table_id, count(*) as c from new_rows group by org_id, table_id) n
    where t.org_id = n.org_id and t.id = n.table_id;
  end if;
  if tg_op in ('DELETE', 'UPDATE') then
    update app.data_tables t set row_count = t.row_count - o.c
    from (select org_id, table_id, count(*) as c from old_rows group by org_id, table_id) o
    where t.org_id = o.org_id and t.id = o.table_id;
  end if;
  return null;
end
$$;

comment on function app.data_rows_count() is
  'Trigger function: keeps app.data_tables.row_count in step with app.data_rows (statement level, transition tables).';
revoke all on function app.data_rows_count() from public;
