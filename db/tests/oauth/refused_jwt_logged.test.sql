-- public.mcp_auth_failure_json, the shim's one refusal of its own (an access token it refused):
-- one mcp.auth_failures row with the reason and the client facts, no token, issuer or subject (even
-- if the facts name a principal); only the two reasons it is for (22023 otherwise); executable by
-- the gateway alone.
begin;
select plan(5);

select tests.act_as('tests_gateway');
select public.mcp_auth_failure_json('jwt_expired', '{"ip": "203.0.113.7", "user_agent": "jwt-test/1", "request_id": "jwt-1"}');
select public.mcp_auth_failure_json('jwt_refused', '{"ip": "203.0.113.7", "user_agent": "jwt-test/1", "request_id": "jwt-2",
                                                   "principal": {"claims": {"iss": "https://evil.example", "sub": "me"}}}');
select tests.act_as_owner();
select results_eq($$ select reason, token_prefix, org_id, token_id, host(ip), client_name, request_id from mcp.auth_failures
                     where user_agent = 'jwt-test/1' order by request_id $$,
                  $$ values ('jwt_expired', null::text, null::uuid, null::uuid, '203.0.113.7', 'jwt-test', 'jwt-1'),
                            ('jwt_refused', null, null, null, '203.0.113.7', 'jwt-test', 'jwt-2') $$,
                  'one row each, with the reason and the client facts, no token');
select is_empty($$ select 1 from mcp.auth_failures where user_agent = 'jwt-test/1' and (issuer is not null or subject is not null) $$,
                'an unverified principal in the facts is ignored (issuer and subject stay empty)');
select tests.act_as('tests_gateway');
select throws_ok($$ select public.mcp_auth_failure_json('revoked', '{}') $$, '22023', null, 'other reasons are the entry points'' own: 22023');
select tests.act_as_owner();
select ok(not has_function_privilege('mcp_app_user', 'public.mcp_auth_failure_json(text, json)', 'execute')
          and not has_function_privilege('mcp_reader', 'public.mcp_auth_failure_json(text, json)', 'execute'),
          'app users and tool owners may not call it');
select function_privs_are('public', 'mcp_auth_failure_json', array['text', 'json'], 'mcp_gateway', array['EXECUTE'],
                          'the gateway may');

select * from finish();
rollback;
