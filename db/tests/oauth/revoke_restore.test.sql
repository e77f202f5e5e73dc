-- An org admin revokes a grant (28000 on the next call, logged as revoked) and restores it; a
-- member removed from the org is refused at once; a grant's identity cannot change nor be deleted.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'org'::uuid) as alice \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_list('', tests.oauth_client(:'alice'::uuid)) as first \gset
select tests.act_as_user(:'admin'::uuid);
update public.mcp_grants set revoked_at = now() where subject = :'alice';
select tests.act_as('tests_gateway');
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid)) as revoked \gset
select tests.act_as_user(:'admin'::uuid);
update public.mcp_grants set revoked_at = null where subject = :'alice';
select tests.act_as('tests_gateway');
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid)) as restored \gset
select tests.act_as_owner();

select is(:'revoked'::jsonb #>> '{error,sqlstate}', '28000', 'a revoked grant: 28000');
select is((select reason || ' ' || token_id from mcp.auth_failures), 'revoked ' || (select id from public.mcp_grants),
          'logged as revoked, naming the grant');
select is(:'restored'::jsonb -> 'isError', 'false'::jsonb, 'restored by the admin: works again');

delete from app.org_members where user_id = :'alice';
select tests.act_as('tests_gateway');
select public.mcp_tools_list('', tests.oauth_client(:'alice'::uuid)) as removed \gset
select tests.act_as_owner();
select is(:'removed'::jsonb #>> '{error,sqlstate}', 'MC014', 'a member removed from the org: refused on the next call');

select throws_ok(format('update public.mcp_grants set subject = %L', gen_random_uuid()), 'MC003', null, 'the subject cannot change');
select throws_ok('delete from public.mcp_grants', 'MC003', null, 'grants are never deleted');
select throws_ok('update public.mcp_grants set revoked_at = now() + interval ''1 day''', '22023', null, 'no revocation in the future');

select * from finish();
rollback;
