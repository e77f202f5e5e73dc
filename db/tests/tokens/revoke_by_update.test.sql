-- The documented revocation, update public.mcp_tokens set revoked_at = now() where id = ..., works
-- for DBAs and org admins and takes effect on the very next authentication; members and admins of
-- other orgs update nothing; a revocation is final (cannot be undone, the first one stands) and
-- cannot be dated in the future.
begin;
select plan(12);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'admin') as other_admin \gset
select tests.issue_token(:'org'::uuid, 'by dba') as raw_dba \gset
select tests.issue_token(:'org'::uuid, 'by admin') as raw_admin \gset
select tests.issue_token(:'org'::uuid, 'kept') as raw_kept \gset
select tests.issue_token(:'org'::uuid, 'twice') as raw_twice \gset
select tests.issue_token(:'org'::uuid, 'future') as raw_future \gset
select tests.token_id(:'raw_dba') as id_dba, tests.token_id(:'raw_admin') as id_admin,
       tests.token_id(:'raw_kept') as id_kept, tests.token_id(:'raw_twice') as id_twice,
       tests.token_id(:'raw_future') as id_future \gset

-- a DBA, with the documented statement; effective on the next call in the same transaction
select tests.act_as('tests_dba');
with u as (update public.mcp_tokens set revoked_at = now() where id = :'id_dba' returning id)
select count(*) as n_dba from u \gset
select is(:n_dba, 1, 'a DBA revokes with the documented UPDATE');
select tests.act_as('tests_gateway');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw_dba'),
                 '28000', 'invalid token', 'the next authentication fails');

-- an admin of the org
select tests.act_as_user(:'admin'::uuid);
with u as (update public.mcp_tokens set revoked_at = now() where id = :'id_admin' returning id)
select count(*) as n_admin from u \gset
select is(:n_admin, 1, 'an org admin revokes a token of their org with the same UPDATE');
select tests.act_as('tests_gateway');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw_admin'),
                 '28000', 'invalid token', 'the token the org admin revoked fails');

-- a member of the org, and an admin of another org: no rows
select tests.act_as_user(:'member'::uuid);
with u as (update public.mcp_tokens set revoked_at = now() where id = :'id_kept' returning id)
select count(*) as n_member from u \gset
select is(:n_member, 0, 'a member updates no rows');
select tests.act_as_user(:'other_admin'::uuid);
with u as (update public.mcp_tokens set revoked_at = now() where id = :'id_kept' returning id)
select count(*) as n_other from u \gset
select is(:n_other, 0, 'an admin of another org updates no rows');
select tests.act_as('tests_gateway');
select lives_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw_kept'),
                'the token they tried to revoke still authenticates');
select tests.act_as_owner();
select is((select revoked_at from public.mcp_tokens where id = :'id_kept'), null, 'and its revoked_at is still null');

-- a revocation is final, even for the owner
select throws_ok(format($$ update public.mcp_tokens set revoked_at = null where id = %L $$, :'id_dba'),
                 'MC003', null, 'the owner cannot undo a revocation');

-- the first revocation stands
update public.mcp_tokens set revoked_at = now() - interval '1 hour' where id = :'id_twice';
select tests.act_as('tests_dba');
select lives_ok(format($$ update public.mcp_tokens set revoked_at = now() where id = %L $$, :'id_twice'),
                'revoking an already revoked token is not an error');
select tests.act_as_owner();
select is((select revoked_at from public.mcp_tokens where id = :'id_twice'), now() - interval '1 hour',
          'and keeps the first revoked_at');

-- no revocation in the future
select tests.act_as('tests_dba');
select throws_ok(format($$ update public.mcp_tokens set revoked_at = now() + interval '1 day' where id = %L $$, :'id_future'),
                 '22023', null, 'revoked_at in the future is refused');

select * from finish();
rollback;
