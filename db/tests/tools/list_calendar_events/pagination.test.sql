-- Paging through 17 events with limit 4 (ties on starts_at, short and long events, one that began
-- before the window): five pages of 4, 4, 4, 4 and 1, every event once, in starts_at, id order, and
-- next_cursor null only on the last page.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'calendar', '{*}', 100000) as raw \gset
-- 17 events overlapping 2030-01-01..2030-01-08, in groups of three starting at the same instant;
-- every fourth lasts 3 days; the first began on Dec 31st
insert into app.calendar_events (org_id, title, starts_at, ends_at)
select :'org', 'Event ' || i, s, s + case when i % 4 = 0 or i = 1 then interval '3 days' else interval '1 hour' end
from generate_series(1, 17) i,
     lateral (select case when i = 1 then timestamptz '2029-12-31T12:00:00Z'
                          else timestamptz '2030-01-01T00:00:00Z' + ((i - 1) / 3) * interval '7 hours' end as s) x;
-- and some outside the window
insert into app.calendar_events (org_id, title, starts_at, ends_at) values
  (:'org', 'Earlier', '2029-12-30T00:00:00Z', '2029-12-30T01:00:00Z'),
  (:'org', 'Later', '2030-01-08T00:00:00Z', '2030-01-08T01:00:00Z');

create temp table pages (n integer, answer jsonb);
select set_config('tests.raw', :'raw', true);
do $$
declare
  cur text;
  answer jsonb;
  n integer := 0;
begin
  loop
    n := n + 1;
    perform tests.act_as('tests_gateway');
    answer := public.mcp_tools_call(current_setting('tests.raw'), 'list_calendar_events',
      jsonb_build_object('start', '2030-01-01T00:00:00Z', 'end', '2030-01-08T00:00:00Z', 'limit', 4, 'cursor', cur), '{}');
    perform tests.act_as_owner();
    insert into pages values (n, answer);
    cur := answer -> 'structuredContent' ->> 'next_cursor';
    exit when cur is null or n >= 10;
  end loop;
end
$$;
create temp view seen as
  select p.n, x.i, (x.e ->> 'id')::uuid as id
  from pages p, jsonb_array_elements(p.answer -> 'structuredContent' -> 'events') with ordinality as x (e, i);

select is_empty($$ select n from pages where answer -> 'isError' is distinct from 'false' $$, 'every page succeeds');
select results_eq($$ select n, jsonb_array_length(answer -> 'structuredContent' -> 'events') from pages order by n $$,
                  $$ values (1, 4), (2, 4), (3, 4), (4, 4), (5, 1) $$,
                  'five pages of 4, 4, 4, 4 and 1 events');
select results_eq($$ select n, answer -> 'structuredContent' -> 'next_cursor' = 'null' from pages order by n $$,
                  $$ values (1, false), (2, false), (3, false), (4, false), (5, true) $$,
                  'next_cursor is null on the last page only');
select is_empty($$ select id from seen group by id having count(*) > 1 $$, 'no event is listed twice');
select results_eq($$ select id from seen order by n, i $$,
                  format($$ select id from app.calendar_events where org_id = %L and title like 'Event %%' order by starts_at, id $$, :'org'),
                  'all 17 events, each once, in starts_at, id order across the pages');
select is((select count(*) from seen s join app.calendar_events e using (id) where e.title in ('Earlier', 'Later')), 0::bigint,
          'none outside the window');

select * from finish();
rollback;
