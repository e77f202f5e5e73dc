-- whoami shows the calling token and its org only: two tokens of one org each see themselves, and
-- nothing of the other token (id, name, prefix) nor of another org's token appears in the answer.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other_org \gset
select tests.issue_token(:'org'::uuid, 'first token') as raw_1 \gset
select tests.issue_token(:'org'::uuid, 'second token', '{whoami}', 7) as raw_2 \gset
select tests.issue_token(:'other_org'::uuid, 'foreign token') as raw_3 \gset

create temp table answers (n integer, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values (1, public.mcp_tools_call(:'raw_1', 'whoami', '{}', '{}')),
                           (2, public.mcp_tools_call(:'raw_2', 'whoami', '{}', '{}')),
                           (3, public.mcp_tools_call(:'raw_3', 'whoami', '{}', '{}'));
select tests.act_as_owner();

create temp table issued as
  select 1 as n, tests.token_id(:'raw_1') as id, 'first token' as name, left(:'raw_1', 12) as prefix, :'org'::uuid as org
  union all select 2, tests.token_id(:'raw_2'), 'second token', left(:'raw_2', 12), :'org'::uuid
  union all select 3, tests.token_id(:'raw_3'), 'foreign token', left(:'raw_3', 12), :'other_org'::uuid;

select results_eq(
  $$ select n, (answer #>> '{structuredContent,token,id}')::uuid, answer #>> '{structuredContent,token,name}',
            answer #>> '{structuredContent,token,prefix}', (answer #>> '{structuredContent,org,id}')::uuid
     from answers order by n $$,
  $$ select n, id, name, prefix, org from issued order by n $$,
  'each token sees its own id, name, prefix and org'
);
select results_eq($$ select n, (answer #>> '{structuredContent,token,rate_limit_per_minute}')::integer from answers order by n $$,
                  $$ values (1, 100), (2, 7), (3, 100) $$,
                  'and its own rate limit');
select is_empty(
  $$ select a.n, i.n from answers a join issued i on i.n <> a.n
     where strpos(a.answer::text, i.id::text) > 0 or strpos(a.answer::text, i.name) > 0 or strpos(a.answer::text, i.prefix) > 0 $$,
  'no answer mentions another token''s id, name or prefix'
);
select is_empty($$ select n from answers where answer -> 'isError' is distinct from 'false'::jsonb $$, 'every call succeeds');
select is(array(select jsonb_object_keys(answer -> 'structuredContent') from answers where n = 1 order by 1),
          array['org', 'token'], 'the answer is one token and one org, not a list');

select * from finish();
rollback;
