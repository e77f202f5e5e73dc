-- Paging through 17 buckets (names with ties) with limit 4: five pages of 4, 4, 4, 4 and 1, every
-- bucket once, in name, id order, and next_cursor null only on the last page.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'dialer', '{*}', 100000) as raw \gset
insert into app.dial_buckets (org_id, name) select :'org', 'Bucket ' || chr(65 + i % 5) from generate_series(1, 17) i;

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
    answer := public.mcp_tools_call(current_setting('tests.raw'), 'list_dial_buckets',
                                    jsonb_build_object('limit', 4, 'cursor', cur), '{}');
    perform tests.act_as_owner();
    insert into pages values (n, answer);
    cur := answer -> 'structuredContent' ->> 'next_cursor';
    exit when cur is null or n >= 10;
  end loop;
end
$$;
create temp view seen as
  select p.n, x.i, (x.e ->> 'id')::uuid as id
  from pages p, jsonb_array_elements(p.answer -> 'structuredContent' -> 'buckets') with ordinality as x (e, i);

select is_empty($$ select n from pages where answer -> 'isError' is distinct from 'false' $$, 'every page succeeds');
select results_eq($$ select n, jsonb_array_length(answer -> 'structuredContent' -> 'buckets') from pages order by n $$,
                  $$ values (1, 4), (2, 4), (3, 4), (4, 4), (5, 1) $$,
                  'five pages of 4, 4, 4, 4 and 1 buckets');
select results_eq($$ select n, answer -> 'structuredContent' -> 'next_cursor' = 'null' from pages order by n $$,
                  $$ values (1, false), (2, false), (3, false), (4, false), (5, true) $$,
                  'next_cursor is null on the last page only');
select is_empty($$ select id from seen group by id having count(*) > 1 $$, 'no bucket is listed twice');
select results_eq($$ select id from seen order by n, i $$,
                  format($$ select id from app.dial_buckets where org_id = %L order by name, id $$, :'org'),
                  'all 17 buckets, each once, in name, id order across the pages');

select * from finish();
rollback;
