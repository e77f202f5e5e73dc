-- public.mcp_token_stats works for an OAuth user's grant as for a token: its calls counted from
-- the usage log by the grant's id; an unknown id is still P0002.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid) as alice \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid));
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid));
select public.mcp_tools_call('', 'no_such_tool', '{}', tests.oauth_client(:'alice'::uuid));
select tests.act_as_owner();
select id as grant_id from public.mcp_grants where org_id = :'org' and subject = :'alice' \gset

select results_eq(format($$ select total, ok, failed, last_24h from public.mcp_token_stats(%L) $$, :'grant_id'),
                  $$ values (3::bigint, 2::bigint, 1::bigint, 3::bigint) $$, 'a grant''s calls: 3, 2 ok, 1 failed');
select is((select top_tools -> 0 ->> 'tool' from public.mcp_token_stats(:'grant_id')), 'whoami', 'its top tool');
select throws_ok($$ select * from public.mcp_token_stats(gen_random_uuid()) $$, 'P0002', null, 'an unknown id: P0002');

select * from finish();
rollback;
