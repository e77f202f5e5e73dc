-- Paging through 17 agents (names with ties) with limit 4: five pages of 4, 4, 4, 4 and 1, every
-- agent once, in name, id order, and next_cursor null only on the last page;
-- models and tools come through as stored.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'agents', '{*}', 100000) as raw \gset
insert into app.agents (org_id, name, model, tools)
select :'org', 'Agent ' || chr(65 + i % 5), 'model-' || i, jsonb_build_array(jsonb_build_object('n', i)) from generate_series(1, 17) i;

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
    answer := public.mcp_tools_call(current_setting('tests.raw'), 'list_agents',
                                    jsonb_build_object('limit', 4, 'cursor', cur), '{}');
    perform tests.act_as_owner();
    insert into pages values (n, answer);
    cur := answer -> 'structuredContent' ->> 'next_cursor';
    exit when cur is null or n >= 10;
  end loop;
end
$$;
create temp view seen as
  select p.n, x.i, (x.e ->> 'id')::uuid as id, x.e ->> 'model' as model, x.e -> 'tools' as tools
  from pages p, jsonb_array_elements(p.answer -> 'structuredContent' -> 'agents') with ordinality as x (e, i);

select is_empty($$ select n from pages where answer -> 'isError' is distinct from 'false' $$, 'every page succeeds');
select results_eq($$ select n, jsonb_array_length(answer -> 'structuredContent' -> 'agents') from pages order by n $$,
                  $$ values (1, 4), (2, 4), (3, 4), (4, 4), (5, 1) $$,
                  'five pages of 4, 4, 4, 4 and 1 agents');
select results_eq($$ select n, answer -> 'structuredContent' -> 'next_cursor' = 'null' from pages order by n $$,
                  $$ values (1, false), (2, false), (3, false), (4, false), (5, true) $$,
                  'next_cursor is null on the last page only');
select is_empty($$ select id from seen group by id having count(*) > 1 $$, 'no agent is listed twice');
select results_eq($$ select id from seen order by n, i $$,
                  format($$ select id from app.agents where org_id = %L order by name, id $$, :'org'),
                  'all 17 agents, each once, in name, id order across the pages');
select results_eq($$ select id, model, tools from seen order by n, i $$,
                  format($$ select id, model, tools from app.agents where org_id = %L order by name, id $$, :'org'),
                  'each with its model and tools as stored');

select * from finish();
rollback;
