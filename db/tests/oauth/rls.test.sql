-- Grants and grant defaults through RLS: members read their orgs', admins change them, nobody
-- another org's; members cannot revoke; the gateway cannot touch the table at all.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.create_org('Beta') as beta \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'org'::uuid) as alice \gset
select tests.add_member(:'beta'::uuid, 'admin') as bob \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_list('', tests.oauth_client(:'alice'::uuid)) \gset
select public.mcp_tools_list('', tests.oauth_client(:'bob'::uuid)) \gset
select throws_ok('select * from public.mcp_grants', '42501', null, 'the gateway has no privilege on the table');

select tests.act_as_user(:'alice'::uuid);
select results_eq('select subject from public.mcp_grants', format('values (%L::text)', :'alice'), 'a member sees the org''s grants only');
update public.mcp_grants set revoked_at = now();
select tests.act_as_owner();
select is((select revoked_at from public.mcp_grants where subject = :'alice'), null, 'a member cannot revoke (no row matches)');

select tests.act_as_user(:'bob'::uuid);
update public.mcp_grants set revoked_at = now() where subject = :'alice';
select tests.act_as_owner();
select is((select revoked_at from public.mcp_grants where subject = :'alice'), null, 'another org''s admin cannot revoke');

select tests.act_as_user(:'admin'::uuid);
update public.mcp_grants set allowed_tools = '{whoami}', rate_limit_per_minute = 5 where subject = :'alice';
select throws_ok(format('update public.mcp_grants set issuer = ''x'' where subject = %L', :'alice'), '42501', null,
                 'the issuer is not updatable');
insert into public.mcp_grant_defaults (org_id, scopes) values (:'org', '{mcp:read,mcp:write}');
select throws_ok(format('insert into public.mcp_grant_defaults (org_id) values (%L)', :'beta'), '42501', null,
                 'no defaults for another org');
select tests.act_as_owner();
select results_eq(format('select allowed_tools, rate_limit_per_minute from public.mcp_grants where subject = %L', :'alice'),
                  $$values ('{whoami}'::text[], 5)$$, 'the admin narrowed the grant');
select is((select scopes from public.mcp_grant_defaults where org_id = :'org'), '{mcp:read,mcp:write}', 'the admin set the defaults');

select * from finish();
rollback;
