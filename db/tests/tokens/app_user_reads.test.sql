-- What each role reads from public.mcp_tokens: an app user sees exactly the tokens of their orgs and
-- never token_hash; a DBA sees every token; anon sees nothing at all.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'member') as other_member \gset
select gen_random_uuid() as stranger \gset
select tests.token_id(tests.issue_token(:'org'::uuid, 'a1')) as a1,
       tests.token_id(tests.issue_token(:'org'::uuid, 'a2')) as a2,
       tests.token_id(tests.issue_token(:'other'::uuid, 'b1')) as b1 \gset

select tests.act_as_user(:'member'::uuid);
select results_eq($$ select id from public.mcp_tokens order by id $$,
                  format($$ select id from (values (%L::uuid), (%L::uuid)) v (id) order by id $$, :'a1', :'a2'),
                  'a member sees exactly the tokens of their org');
select is_empty(format($$ select id from public.mcp_tokens where org_id = %L $$, :'other'),
                'and none of another org');
select throws_ok($$ select token_hash from public.mcp_tokens $$, '42501', null, 'an app user cannot read token_hash');

select tests.act_as_user(:'stranger'::uuid);
select is_empty($$ select id from public.mcp_tokens $$, 'an app user of no org sees no tokens');

select tests.act_as('tests_dba');
select results_eq($$ select id from public.mcp_tokens order by id $$,
                  format($$ select id from (values (%L::uuid), (%L::uuid), (%L::uuid)) v (id) order by id $$,
                         :'a1', :'a2', :'b1'),
                  'a DBA sees every token');

select tests.act_as('anon');
select throws_ok($$ select id from public.mcp_tokens $$, '42501', null, 'anon may not read the table');

select * from finish();
rollback;
