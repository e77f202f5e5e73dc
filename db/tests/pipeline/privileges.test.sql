-- Only the gateway role (mcp_gateway) may execute the entry points tools/list and tools/call;
-- app users, anon, DBAs and roles without grants get 42501. Tool handlers are executable by none of
-- them: only the pipeline runs them.
begin;
select plan(14);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw \gset

select tests.act_as('tests_gateway');
select lives_ok(format($$ select public.mcp_tools_list(%L, '{}') $$, :'raw'), 'the gateway may call mcp_tools_list');
select lives_ok(format($$ select public.mcp_tools_call(%L, 'get_current_time', '{}', '{}') $$, :'raw'),
                'the gateway may call mcp_tools_call');
select throws_ok($$ select mcp_tools.get_current_time('{}') $$, '42501', null, 'the gateway may not run a handler directly');

select tests.act_as('anon');
select throws_ok(format($$ select public.mcp_tools_list(%L, '{}') $$, :'raw'), '42501', null, 'anon may not call mcp_tools_list');
select throws_ok(format($$ select public.mcp_tools_call(%L, 'get_current_time', '{}', '{}') $$, :'raw'), '42501', null,
                 'anon may not call mcp_tools_call');

select tests.act_as_user(:'admin'::uuid);
select throws_ok(format($$ select public.mcp_tools_list(%L, '{}') $$, :'raw'), '42501', null,
                 'an app user, even an org admin, may not call mcp_tools_list');
select throws_ok(format($$ select public.mcp_tools_call(%L, 'get_current_time', '{}', '{}') $$, :'raw'), '42501', null,
                 'an app user may not call mcp_tools_call');
select throws_ok($$ select mcp_tools.get_current_time('{}') $$, '42501', null, 'an app user may not run a handler');

select tests.act_as('tests_dba');
select throws_ok(format($$ select public.mcp_tools_list(%L, '{}') $$, :'raw'), '42501', null, 'a DBA may not call mcp_tools_list');
select throws_ok(format($$ select public.mcp_tools_call(%L, 'get_current_time', '{}', '{}') $$, :'raw'), '42501', null,
                 'a DBA may not call mcp_tools_call');
select throws_ok($$ select mcp_tools.get_current_time('{}') $$, '42501', null, 'a DBA may not run a handler');

select tests.act_as('tests_nobody');
select throws_ok(format($$ select public.mcp_tools_list(%L, '{}') $$, :'raw'), '42501', null,
                 'a role without grants may not call mcp_tools_list');
select throws_ok(format($$ select public.mcp_tools_call(%L, 'get_current_time', '{}', '{}') $$, :'raw'), '42501', null,
                 'a role without grants may not call mcp_tools_call');
select tests.act_as_owner();

select is_empty(
  $$ select p.oid::regprocedure from pg_proc p
     where p.pronamespace = 'mcp_tools'::regnamespace
       and (has_function_privilege('mcp_gateway', p.oid, 'execute') or has_function_privilege('mcp_app_user', p.oid, 'execute')
            or has_function_privilege('mcp_admin', p.oid, 'execute') or has_function_privilege('public', p.oid, 'execute')) $$,
  'no handler in mcp_tools is executable by the gateway, app users, DBAs or PUBLIC'
);

select * from finish();
rollback;
