-- Row trigger on the tables write tools change (bound in their db/policies files): while the
-- pipeline runs an action's write (mcp.action_id is set), each changed row's before and after
-- images go to mcp.action_changes. Outside an action it does nothing.
create or replace function mcp.action_capture()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  action text := pg_catalog.current_setting('mcp.action_id', true);
begin
  if action is null or action = '' then
    return null;
  end if;
  insert into mcp.action_changes (org_id, action_id, table_name, operation, before, after)
  select case when tg_op = 'DELETE' then o ->> 'org_id' else n ->> 'org_id' end::uuid, action::uuid,
         tg_table_schema || '.' || tg_table_name, tg_op, o, n
  from (select case when tg_op <> 'INSERT' then to_jsonb(old) end as o,
               case when tg_op <> 'DELETE' then to_jsonb(new) end as n) r;
  return null;
end
$$;

comment on function mcp.action_capture() is
  'Trigger function: records the before and after images of each row a write action changes in '
  'mcp.action_changes (only while the pipeline runs an action).';
revoke all on function mcp.action_capture() from public;
