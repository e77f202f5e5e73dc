-- The query is text, not a LIKE pattern: %, _ and \ in it match only titles that contain those
-- very characters.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
insert into app.pages (org_id, id, title) values
  (:'org', 'e0000000-0000-4000-8000-000000000001', 'Discount 100% off'),
  (:'org', 'e0000000-0000-4000-8000-000000000002', 'Discount 1000 off'),
  (:'org', 'e0000000-0000-4000-8000-000000000003', 'file_name rules'),
  (:'org', 'e0000000-0000-4000-8000-000000000004', 'fileXname rules'),
  (:'org', 'e0000000-0000-4000-8000-000000000005', 'C:\temp paths'),
  (:'org', 'e0000000-0000-4000-8000-000000000006', 'C:temp paths'),
  (:'org', 'e0000000-0000-4000-8000-000000000007', 'Growth 5%% yoy'),
  (:'org', 'e0000000-0000-4000-8000-000000000008', 'snake__case'),
  (:'org', 'e0000000-0000-4000-8000-000000000009', 'Plain title');
select tests.issue_token(:'org'::uuid) as raw \gset

create temp table answers (q text, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers
  select q, public.mcp_tools_call(:'raw', 'search_pages', jsonb_build_object('query', q, 'limit', 50), '{}')
  from unnest(array['0%', '%%', 'e_n', '__', ':\', '\t']) q;
select tests.act_as_owner();

create temp view found as
  select a.q, p ->> 'title' as title from answers a, jsonb_array_elements(a.answer -> 'structuredContent' -> 'pages') p;

select results_eq($$ select title from found where q = '0%' $$, $$ values ('Discount 100% off') $$,
                  '"0%" finds the title with "0%", not "1000"');
select results_eq($$ select title from found where q = '%%' $$, $$ values ('Growth 5%% yoy') $$,
                  '"%%" finds only the title containing two percent signs');
select results_eq($$ select title from found where q = 'e_n' $$, $$ values ('file_name rules') $$,
                  '"e_n" finds "file_name", not "fileXname"');
select results_eq($$ select title from found where q = '__' $$, $$ values ('snake__case') $$,
                  '"__" finds only the title with two underscores');
select results_eq($$ select title from found where q = ':\' order by title $$, $$ values ('C:\temp paths') $$,
                  '":\" finds the title with a backslash only');
select results_eq($$ select title from found where q = '\t' $$, $$ values ('C:\temp paths') $$,
                  '"\t" is a backslash and a t, not a tab nor an escaped t');

select * from finish();
rollback;
