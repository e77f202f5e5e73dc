-- list_calendar_events orders by starts_at, then id: events starting at the same instant come in id
-- order, and the rare long events (over a day) are merged with the short ones in that same order.
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar') as raw \gset
-- inserted out of order; ids chosen so that id order differs from insertion order
insert into app.calendar_events (org_id, id, title, starts_at, ends_at) values
  (:'org', '00000000-0000-4000-8000-000000000005', 'short 11:00', '2030-03-01T11:00:00Z', '2030-03-01T12:00:00Z'),
  (:'org', '00000000-0000-4000-8000-000000000003', 'short 10:00 (id 3)', '2030-03-01T10:00:00Z', '2030-03-01T10:30:00Z'),
  (:'org', '00000000-0000-4000-8000-000000000002', 'long 10:00 (id 2)', '2030-03-01T10:00:00Z', '2030-03-04T10:00:00Z'),
  (:'org', '00000000-0000-4000-8000-000000000009', 'short 08:00', '2030-03-01T08:00:00Z', '2030-03-01T09:00:00Z'),
  (:'org', '00000000-0000-4000-8000-000000000004', 'short 10:00 (id 4)', '2030-03-01T10:00:00Z', '2030-03-01T11:00:00Z'),
  (:'org', '00000000-0000-4000-8000-000000000001', 'long since Feb 20', '2030-02-20T12:00:00Z', '2030-03-10T00:00:00Z');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_calendar_events',
  '{"start": "2030-03-01T00:00:00Z", "end": "2030-03-02T00:00:00Z"}', '{}') -> 'structuredContent' as sc \gset
select tests.act_as_owner();

select results_eq(
  format($$ select e ->> 'title' from jsonb_array_elements(%L::jsonb -> 'events') with ordinality as x (e, i) order by i $$, :'sc'),
  $$ values ('long since Feb 20'), ('short 08:00'), ('long 10:00 (id 2)'), ('short 10:00 (id 3)'), ('short 10:00 (id 4)'),
            ('short 11:00') $$,
  'by starts_at, then id, short and long events merged'
);
select results_eq(
  format($$ select (e ->> 'id')::uuid from jsonb_array_elements(%L::jsonb -> 'events') with ordinality as x (e, i) order by i $$, :'sc'),
  format($$ select id from app.calendar_events where org_id = %L order by starts_at, id $$, :'org'),
  'the same order as order by starts_at, id'
);

select * from finish();
rollback;
