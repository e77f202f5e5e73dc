-- mcp_writer may INSERT, UPDATE or DELETE exactly where the write tools change data: app.calendar_events
-- (insert, update, delete) and app.data_rows (insert, update), nowhere else in app, mcp or public;
-- mcp_reader still can write nothing anywhere. Neither may TRUNCATE or create in any schema.
begin;
select plan(5);

create temp view writable as
  select c.oid::regclass::text as tbl, r.rolname as who, p.priv
  from pg_class c
  cross join (values ('mcp_writer'), ('mcp_reader')) r (rolname)
  cross join (values ('INSERT'), ('UPDATE'), ('DELETE'), ('TRUNCATE')) p (priv)
  where c.relnamespace in ('app'::regnamespace, 'mcp'::regnamespace, 'public'::regnamespace, 'mcp_tools'::regnamespace)
    and c.relkind in ('r', 'p', 'v', 'm', 'f')
    and has_table_privilege(r.rolname, c.oid, p.priv);
create temp view writable_columns as
  select distinct c.oid::regclass::text as tbl, r.rolname as who, p.priv
  from pg_class c
  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  cross join (values ('mcp_writer'), ('mcp_reader')) r (rolname)
  cross join (values ('INSERT'), ('UPDATE')) p (priv)
  where c.relnamespace in ('app'::regnamespace, 'mcp'::regnamespace, 'public'::regnamespace, 'mcp_tools'::regnamespace)
    and c.relkind in ('r', 'p', 'v', 'm', 'f')
    and has_column_privilege(r.rolname, c.oid, a.attnum, p.priv);

select cmp_ok((select count(*) from pg_class where relnamespace in ('app'::regnamespace, 'mcp'::regnamespace) and relkind in ('r', 'p')),
              '>=', 10::bigint, 'the check covers the project''s tables');
select set_eq($$ select tbl, priv from writable where who = 'mcp_writer' $$,
              $$ values ('app.calendar_events', 'INSERT'), ('app.calendar_events', 'UPDATE'), ('app.calendar_events', 'DELETE'),
                        ('app.data_rows', 'INSERT'), ('app.data_rows', 'UPDATE') $$,
              'mcp_writer may insert, update and delete calendar events, insert and update data rows, and nothing else');
select set_eq($$ select tbl, priv from writable_columns where who = 'mcp_writer' $$,
              $$ values ('app.calendar_events', 'INSERT'), ('app.calendar_events', 'UPDATE'),
                        ('app.data_rows', 'INSERT'), ('app.data_rows', 'UPDATE') $$,
              'nor any column elsewhere');
select is_empty($$ select tbl, priv from writable where who = 'mcp_reader'
                   union all select tbl, priv from writable_columns where who = 'mcp_reader' $$,
                'mcp_reader may write no table and no column anywhere');
select is_empty($$ select n.nspname, r.rolname from pg_namespace n, (values ('mcp_writer'), ('mcp_reader')) r (rolname)
                   where has_schema_privilege(r.rolname, n.oid, 'CREATE') $$,
                'neither may create objects in any schema');

select * from finish();
rollback;
