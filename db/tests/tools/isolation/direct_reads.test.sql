-- The tool-pack tables (app tables with an org_id, but org_members) are read by the tool handlers only:
-- mcp_reader has SELECT, through RLS for the org of the running tool call (nothing outside a call);
-- an org's admin (app user), a DBA, the gateway and anon get 42501, even with mcp.org_id set; the
-- owner sees every org's rows.
begin;
select plan(9);

select tests.create_org('Acme') as a \gset
select tests.create_org('Other') as b \gset
select tests.add_member(:'a'::uuid, 'admin') as admin \gset
insert into app.data_tables (org_id, name) select o, 'Customers' from unnest(array[:'a', :'b']::uuid[]) o;
insert into app.data_rows (org_id, table_id, data) select org_id, id, '{}' from app.data_tables where org_id in (:'a', :'b');
insert into app.pages (org_id, title) select o, 'Guide' from unnest(array[:'a', :'b']::uuid[]) o;
insert into app.calendar_events (org_id, title, starts_at, ends_at) select o, 'Sync', now(), now() from unnest(array[:'a', :'b']::uuid[]) o;
insert into app.dial_buckets (org_id, name) select o, 'Outbound' from unnest(array[:'a', :'b']::uuid[]) o;
insert into app.dial_activities (org_id, bucket_id, kind, occurred_at)
select org_id, id, 'call', now() from app.dial_buckets where org_id in (:'a', :'b');
insert into app.agents (org_id, name, model) select o, 'Bot', 'gpt-4o' from unnest(array[:'a', :'b']::uuid[]) o;
-- and a second row of org B everywhere it is simple, so that org B's count differs from org A's
insert into app.pages (org_id, title) values (:'b', 'Guide 2');
insert into app.agents (org_id, name, model) values (:'b', 'Bot 2', 'gpt-4o');

create temp view tool_pack_tables as
  select c.oid::regclass as tbl from pg_catalog.pg_class c
  where c.relnamespace = 'app'::regnamespace and c.relkind in ('r', 'p') and c.relname <> 'org_members'
    and exists (select from pg_catalog.pg_attribute a where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped);

-- for each tool-pack table: the row count role_name reads (or the SQLSTATE it gets), with mcp.org_id
-- set to tool_org; role_name 'owner' is the test's superuser, 'app user' the org admin
create function pg_temp.reads(role_name text, tool_org uuid default null, app_user uuid default null)
returns table (tbl text, outcome text)
language plpgsql
as $$
declare
  t regclass;
  n bigint;
begin
  for t in select x.tbl from tool_pack_tables x order by 1::text loop
    if role_name = 'owner' then
      perform tests.act_as_owner();
    elsif role_name = 'app user' then
      perform tests.act_as_user(app_user);
    else
      perform tests.act_as(role_name);
    end if;
    perform set_config('mcp.org_id', coalesce(tool_org::text, ''), true);
    begin
      execute format('select count(*) from %s', t) into n;
      outcome := n::text;
    exception when others then
      outcome := sqlstate;
    end;
    perform tests.act_as_owner();
    perform set_config('mcp.org_id', '', true);
    tbl := t::text;
    return next;
  end loop;
end
$$;
-- the rows of each table per org, counted as the owner
create temp view counts as
  select x.tbl::text as tbl, o.org,
         (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %s where org_id = %L', x.tbl, o.org), false, true, '')))[1]::text::bigint as n
  from tool_pack_tables x, (values (:'a'::uuid), (:'b'::uuid)) o (org);

select set_eq($$ select tbl::text from tool_pack_tables $$,
              $$ values ('app.agents'), ('app.calendar_events'), ('app.data_rows'), ('app.data_tables'), ('app.dial_activities'),
                        ('app.dial_activity_counts'), ('app.dial_buckets'), ('app.pages') $$,
              'the tool-pack tables are these eight (a new one needs its place here)');
select is_empty($$ select tbl from counts group by tbl having min(n) = 0 $$, 'each has rows of both orgs');
select is_empty(format($$ select * from pg_temp.reads('app user', %L, %L) where outcome <> '42501' $$, :'a', :'admin'),
                'an admin of org A, as an app user: 42501 on every table, even with mcp.org_id set to org A');
select is_empty(format($$ select * from pg_temp.reads('tests_dba', %L) where outcome <> '42501' $$, :'a'),
                'a DBA: 42501 on every table');
select is_empty(format($$ select * from pg_temp.reads('tests_gateway', %L) where outcome <> '42501' $$, :'a'),
                'the gateway: 42501 on every table');
select is_empty($$ select * from pg_temp.reads('anon') where outcome <> '42501' $$, 'anon: 42501 on every table');
select is_empty($$ select * from pg_temp.reads('mcp_reader') where outcome <> '0' $$,
                'mcp_reader outside a tool call (no mcp.org_id): no rows at all');
select results_eq(format($$ select tbl, outcome::bigint from pg_temp.reads('mcp_reader', %L) order by tbl $$, :'a'),
                  format($$ select tbl, n from counts where org = %L order by tbl $$, :'a'),
                  'mcp_reader in a tool call of org A: exactly org A''s rows');
select results_eq($$ select tbl, outcome::bigint from pg_temp.reads('owner') order by tbl $$,
                  $$ select tbl, sum(n)::bigint from counts group by tbl order by tbl $$,
                  'the owner: the rows of both orgs');

select * from finish();
rollback;
