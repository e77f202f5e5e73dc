-- mcp_writer is confined by RLS to the org of the running call (mcp.org_id): another org's events
-- are invisible to it, so it can neither read, change nor delete them, and an insert with another
-- org's id is refused (42501); the same for data rows.
begin;
select plan(6);

select tests.create_org('Acme') as org_a \gset
select tests.create_org('Other') as org_b \gset
insert into app.calendar_events (org_id, title, starts_at, ends_at)
values (:'org_a', 'A meeting', '2026-12-03 10:00Z', '2026-12-03 11:00Z'),
       (:'org_b', 'B meeting', '2026-12-03 10:00Z', '2026-12-03 11:00Z');
insert into app.data_tables (org_id, name) values (:'org_b', 'B table') returning id as table_b \gset
insert into app.data_rows (org_id, table_id, data) values (:'org_b', :'table_b', '{"n": 1}');

select set_config('mcp.org_id', :'org_a', true);
set local role mcp_writer;
select results_eq($$ select title from app.calendar_events $$, $$ values ('A meeting') $$,
                  'mcp_writer sees only the running org''s events');
update app.calendar_events set title = 'changed' where org_id = :'org_b';
delete from app.calendar_events where org_id = :'org_b';
select throws_ok(format($$ insert into app.calendar_events (org_id, title, starts_at, ends_at)
                           values (%L, 'planted', '2026-12-03 10:00Z', '2026-12-03 11:00Z') $$, :'org_b'),
                 '42501', null, 'an insert with another org''s id is refused');
select lives_ok(format($$ insert into app.calendar_events (org_id, title, starts_at, ends_at)
                          values (%L, 'own', '2026-12-03 10:00Z', '2026-12-03 11:00Z') $$, :'org_a'),
                'an insert into the running org is allowed');
select throws_ok(format($$ update app.calendar_events set org_id = %L where title = 'A meeting' $$, :'org_b'),
                 '42501', null, 'moving an event to another org is refused');
select throws_ok(format($$ insert into app.data_rows (org_id, table_id, data) values (%L, %L, '{}') $$, :'org_b', :'table_b'),
                 '42501', null, 'a data row with another org''s id is refused');
update app.data_rows set data = '{"n": 2}' where org_id = :'org_b';
reset role;
select results_eq(format($$ select (select string_agg(title, ',') from app.calendar_events where org_id = %1$L),
                                   (select string_agg(data::text, ',') from app.data_rows where org_id = %1$L) $$, :'org_b'),
                  $$ values ('B meeting', '{"n": 1}') $$,
                  'the other org''s event and data row are untouched (the update and delete found nothing)');

select * from finish();
rollback;
