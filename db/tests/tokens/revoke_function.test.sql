-- public.mcp_token_revoke(id) revokes now and returns (id, revoked_at); the gateway then refuses the
-- token. Errors: MC001 already revoked, P0002 unknown or not visible, 22023 null, 42501 a member.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'admin') as other_admin \gset
select tests.issue_token(:'org'::uuid, 'revoked') as raw \gset
select tests.issue_token(:'org'::uuid, 'live') as raw_live \gset
select tests.token_id(:'raw') as token_id, tests.token_id(:'raw_live') as live_id \gset

select tests.act_as('tests_dba');
select results_eq(format($$ select * from public.mcp_token_revoke(%L) $$, :'token_id'),
                  format($$ values (%L::uuid, now()) $$, :'token_id'),
                  'a DBA revokes: returns the id and revoked_at = now()');
select tests.act_as('tests_gateway');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw'),
                 '28000', 'invalid token', 'the revoked token no longer authenticates');

select tests.act_as('tests_dba');
select throws_ok(format($$ select * from public.mcp_token_revoke(%L) $$, :'token_id'),
                 'MC001', null, 'revoking twice');
select throws_ok(format($$ select * from public.mcp_token_revoke(%L) $$, gen_random_uuid()),
                 'P0002', null, 'unknown id');
select throws_ok($$ select * from public.mcp_token_revoke(null) $$, '22023', null, 'null id');

select tests.act_as_user(:'member'::uuid);
select throws_ok(format($$ select * from public.mcp_token_revoke(%L) $$, :'live_id'),
                 '42501', null, 'a member of the org may not revoke');
select tests.act_as_user(:'other_admin'::uuid);
select throws_ok(format($$ select * from public.mcp_token_revoke(%L) $$, :'live_id'),
                 'P0002', null, 'to an admin of another org the token does not exist');

select tests.act_as_owner();
select is((select revoked_at from public.mcp_tokens where id = :'live_id'), null,
          'the refused calls left the token live');

select * from finish();
rollback;
