-- Which org an OAuth user acts in: the one the URL names (a member only: MC014), else the only one;
-- a member of several orgs at /mcp is told them (MC015); a member of none: MC014. A token at
-- another org's URL: MC014; at its own: as at /mcp. Each refusal is in the auth-failure log.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select tests.create_org('Beta') as beta \gset
select tests.add_member(:'org'::uuid) as alice \gset
select tests.add_member(:'org'::uuid) as dave \gset
select tests.add_member(:'beta'::uuid, 'member', :'dave'::uuid) \gset
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_list('', tests.oauth_client(:'alice'::uuid, org => :'beta'::uuid)) as other \gset
select public.mcp_tools_list('', tests.oauth_client(gen_random_uuid())) as nobody \gset
select public.mcp_tools_list('', tests.oauth_client(:'dave'::uuid)) as several \gset
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'dave'::uuid, org => :'beta'::uuid)) as dave_beta \gset
select public.mcp_tools_list(:'raw', jsonb_build_object('principal', jsonb_build_object('org_id', :'beta'))) as token_other \gset
select public.mcp_tools_list(:'raw', jsonb_build_object('principal', jsonb_build_object('org_id', :'org'))) as token_own \gset
select tests.act_as_owner();

select is(:'other'::jsonb #>> '{error,sqlstate}', 'MC014', 'another org''s URL: MC014');
select is(:'nobody'::jsonb #>> '{error,sqlstate}', 'MC014', 'a member of no org: MC014');
select is(:'several'::jsonb #>> '{error,sqlstate}', 'MC015', 'a member of several at /mcp: MC015');
select set_eq(format('select jsonb_array_elements(%L::jsonb -> ''error'' -> ''orgs'') ->> ''id''', :'several'),
              format('values (%L), (%L)', :'org', :'beta'), '... listing both orgs');
select is(:'dave_beta'::jsonb #>> '{structuredContent,org,id}', :'beta', 'the org the URL names');
select is(:'token_other'::jsonb #>> '{error,sqlstate}', 'MC014', 'a token at another org''s URL: MC014');
select ok(:'token_own'::jsonb ? 'tools', 'a token at its own org''s URL works');
select set_eq($$select reason from mcp.auth_failures$$, $$values ('not_member'), ('no_org'), ('several_orgs'), ('wrong_org')$$,
              'every refusal is logged');
select is((select subject from mcp.auth_failures where reason = 'several_orgs'), :'dave', 'with the verified subject');

select * from finish();
rollback;
