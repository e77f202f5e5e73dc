-- public.mcp_token_issue validates its arguments with 22023 (P0002 for an unknown org), accepts
-- the limits exactly, and checks authorization before arguments (a non-admin gets 42501).
begin;
select plan(17);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset

select tests.act_as('tests_dba');

select throws_ok($$ select * from public.mcp_token_issue(null, 'x') $$, '22023', null, 'org_id null');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'x') $$, gen_random_uuid()),
                 'P0002', null, 'unknown org');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, '') $$, :'org'),
                 '22023', null, 'empty name');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, '   ') $$, :'org'),
                 '22023', null, 'whitespace-only name');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, repeat('n', 201)) $$, :'org'),
                 '22023', null, 'name of 201 characters');
select lives_ok(format($$ select * from public.mcp_token_issue(%L::uuid, repeat('n', 200)) $$, :'org'),
                'name of exactly 200 characters is accepted');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, null) $$, :'org'),
                 '22023', null, 'null name');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'x', rate_limit_per_minute => 0) $$, :'org'),
                 '22023', null, 'rate_limit_per_minute 0');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'x', rate_limit_per_minute => -5) $$, :'org'),
                 '22023', null, 'rate_limit_per_minute -5');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'x', expires_at => now() - interval '1 second') $$, :'org'),
                 '22023', null, 'expires_at in the past');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'x', allowed_tools => '{}') $$, :'org'),
                 '22023', null, 'allowed_tools empty');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'x', allowed_tools => '{"bad name!"}') $$, :'org'),
                 '22023', null, 'allowed_tools entry that is not a tool name');
select lives_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'glob', allowed_tools => '{get_*}') $$, :'org'),
                'allowed_tools {get_*} (a glob matching a registered tool) is accepted');
select lives_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'star', allowed_tools => '{*}') $$, :'org'),
                'allowed_tools {*} is accepted');
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, 'x', description => repeat('d', 2001)) $$, :'org'),
                 '22023', null, 'description of 2001 characters');

-- authorization comes before the arguments: a non-admin learns nothing about what would be accepted
select tests.act_as_user(:'member'::uuid);
select throws_ok(format($$ select * from public.mcp_token_issue(%L::uuid, '', rate_limit_per_minute => 0) $$, :'org'),
                 '42501', null, 'a member with invalid arguments gets 42501, not 22023');

select tests.act_as_owner();
select set_eq($$ select name from public.mcp_tokens $$, array[repeat('n', 200), 'glob', 'star'],
              'only the three accepted calls stored a token');

select * from finish();
rollback;
