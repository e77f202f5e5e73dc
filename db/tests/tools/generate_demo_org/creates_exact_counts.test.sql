-- app.generate_demo_org creates a new org with exactly the requested numbers of data tables, rows
-- per table, pages, events, buckets, activities and agents, returns its id, and adds nothing to
-- any other org.
begin;
select plan(4);

select tests.create_org('Bystander') as other \gset
insert into app.data_tables (org_id, id, name) values (:'other', 'a0000000-0000-4000-8000-000000000001', 'Customers');
insert into app.data_rows (org_id, table_id, data) values (:'other', 'a0000000-0000-4000-8000-000000000001', '{}');
insert into app.pages (org_id, title) values (:'other', 'Handbook');
insert into app.calendar_events (org_id, title, starts_at, ends_at) values (:'other', 'Sync', now(), now() + interval '1 hour');
insert into app.dial_buckets (org_id, id, name) values (:'other', 'a1000000-0000-4000-8000-000000000001', 'Renewals');
insert into app.dial_activities (org_id, bucket_id, kind, occurred_at) values (:'other', 'a1000000-0000-4000-8000-000000000001', 'call', now());
insert into app.agents (org_id, name, model) values (:'other', 'Helper', 'claude-sonnet-4');

create temp view counts as
  select 'data_tables' as what, org_id, count(*) as n from app.data_tables group by org_id
  union all select 'data_rows', org_id, count(*) from app.data_rows group by org_id
  union all select 'pages', org_id, count(*) from app.pages group by org_id
  union all select 'calendar_events', org_id, count(*) from app.calendar_events group by org_id
  union all select 'dial_buckets', org_id, count(*) from app.dial_buckets group by org_id
  union all select 'dial_activities', org_id, count(*) from app.dial_activities group by org_id
  union all select 'agents', org_id, count(*) from app.agents group by org_id;
create temp table counts_before as select * from counts;
create temp table orgs_before as select id, name from app.orgs;

select app.generate_demo_org('Tiny demo', data_tables => 2, rows_per_table => 7, pages => 5, events => 4, buckets => 3,
                             activities => 30, agents => 2) as demo \gset

select results_eq(format($$ select name from app.orgs where id = %L $$, :'demo'), $$ values ('Tiny demo') $$,
                  'the returned id is a new org of that name');
select set_eq(format($$ select what, n from counts where org_id = %L $$, :'demo'),
              $$ values ('data_tables', 2::bigint), ('data_rows', 14::bigint), ('pages', 5::bigint), ('calendar_events', 4::bigint),
                        ('dial_buckets', 3::bigint), ('dial_activities', 30::bigint), ('agents', 2::bigint) $$,
              'the new org has 2 tables of 7 rows, 5 pages, 4 events, 3 buckets, 30 activities and 2 agents');
select set_eq(format($$ select * from counts where org_id <> %L $$, :'demo'), $$ select * from counts_before $$,
              'every other org has what it had before');
select set_eq(format($$ select id, name from app.orgs where id <> %L $$, :'demo'), $$ select id, name from orgs_before $$,
              'no other org was created or changed');

select * from finish();
rollback;
