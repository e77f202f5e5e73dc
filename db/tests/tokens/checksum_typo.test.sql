-- The 6-character checksum catches every single-character typo: any one of the 38 characters after
-- p88_ replaced by any other base62 character fails mcp.token_is_well_formed, and the gateway
-- answers 28000. Other wrong shapes are not well formed either.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid) as raw \gset

select ok(mcp.token_is_well_formed(:'raw'), 'the untouched token is well formed');

create temp table typos on commit drop as
  select pos, c, overlay(:'raw' placing c from pos for 1) as token
  from generate_series(5, 42) as pos,
       regexp_split_to_table('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', '') as c
  where c <> substr(:'raw', pos, 1);

select is((select count(*) from typos), (38 * 61)::bigint, 'every position 5..42 with each of the 61 other characters');
select is_empty($$ select pos, c from typos where mcp.token_is_well_formed(token) $$,
                'no single-character typo is well formed');

select results_eq(
  format($$ select label, mcp.token_is_well_formed(token)
            from (values ('1 null', null), ('2 empty', ''), ('3 prefix only', 'p88_'),
                         ('4 uppercase prefix', 'P88_' || substr(%L, 5)), ('5 43 characters', %L || 'a'))
                 as cases (label, token)
            order by label $$, :'raw', :'raw'),
  $$ values ('1 null', false), ('2 empty', false), ('3 prefix only', false),
            ('4 uppercase prefix', false), ('5 43 characters', false) $$,
  'null, empty, p88_ alone, a P88_ prefix and a 43-character token are not well formed'
);

select tests.act_as('tests_gateway');
select lives_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw'),
                'the untouched token authenticates');
select throws_ok(
  format($$ select * from public.mcp_token_authenticate(%L) $$,
         overlay(:'raw' placing case when substr(:'raw', 10, 1) = 'A' then 'B' else 'A' end from 10 for 1)),
  '28000', 'invalid token', 'a token with one typo does not authenticate'
);

select * from finish();
rollback;
