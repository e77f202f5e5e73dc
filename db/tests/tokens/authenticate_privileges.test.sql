-- Only the gateway (mcp_gateway) may call public.mcp_token_authenticate: anon, app users, DBAs and
-- roles without grants get 42501.
begin;
select plan(6);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('anon');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw'),
                 '42501', 'permission denied for function mcp_token_authenticate', 'anon');
select tests.act_as_user(:'admin'::uuid);
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw'),
                 '42501', 'permission denied for function mcp_token_authenticate', 'an app user (authenticated)');
select tests.act_as('tests_dba');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw'),
                 '42501', 'permission denied for function mcp_token_authenticate', 'a DBA (mcp_admin)');
select tests.act_as('tests_nobody');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw'),
                 '42501', 'permission denied for function mcp_token_authenticate', 'a role without grants');

select tests.act_as('tests_gateway');
select results_eq(format($$ select org_id from public.mcp_token_authenticate(%L) $$, :'raw'),
                  format($$ values (%L::uuid) $$, :'org'), 'the gateway authenticates');

select tests.act_as_owner();
select function_privs_are('public', 'mcp_token_authenticate', array['text'], 'service_role', array['EXECUTE'],
                          'service_role (Supabase edge functions) may act as the gateway');

select * from finish();
rollback;
