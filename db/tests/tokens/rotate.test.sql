-- public.mcp_token_rotate(id) replaces a token: a new one with the same settings and rotated_from =
-- the old id, and the old one revoked now. Errors: MC001 revoked, MC002 expired, P0002 unknown,
-- 42501 a member of the org.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select raw_token as old_raw, id as old_id from public.mcp_token_issue(
  :'org'::uuid, 'CI bot', allowed_tools => '{get_*,get_current_time}', rate_limit_per_minute => 10,
  expires_at => now() + interval '30 days', description => 'nightly jobs') \gset
select tests.issue_token(:'org'::uuid, 'expired') as raw_expired \gset
select tests.issue_token(:'org'::uuid, 'member''s try') as raw_member \gset
select tests.token_id(:'raw_expired') as expired_id, tests.token_id(:'raw_member') as member_try_id \gset
update public.mcp_tokens set expires_at = now() - interval '1 second' where id = :'expired_id';

select tests.act_as_user(:'admin'::uuid);
create temp table rotated on commit drop as select * from public.mcp_token_rotate(:'old_id');
select id as new_id, raw_token as new_raw from rotated \gset

select results_eq(
  format($$ select id <> %L::uuid, raw_token <> %L, mcp.token_is_well_formed(raw_token),
                   token_prefix = left(raw_token, 12)
            from rotated $$, :'old_id', :'old_raw'),
  $$ values (true, true, true, true) $$,
  'an org admin rotates: one row with a new id, a new well-formed raw token and its prefix'
);

select tests.act_as_owner();
select results_eq(
  format($$ select org_id, name, description, allowed_tools, rate_limit_per_minute, expires_at, rotated_from
            from public.mcp_tokens where id = %L $$, :'new_id'),
  format($$ select org_id, name, description, allowed_tools, rate_limit_per_minute, expires_at, id
            from public.mcp_tokens where id = %L $$, :'old_id'),
  'the new token keeps org, name, description, allowed_tools, rate limit and expiry, and names the old one'
);
select is((select revoked_at from public.mcp_tokens where id = :'old_id'), now(), 'the old token is revoked now');

select tests.act_as('tests_gateway');
select results_eq(format($$ select * from public.mcp_token_authenticate(%L) $$, :'new_raw'),
                  format($$ values (%L::uuid, %L::uuid) $$, :'new_id', :'org'),
                  'the new token authenticates');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'old_raw'),
                 '28000', 'invalid token', 'the old token does not');

select tests.act_as_user(:'admin'::uuid);
select throws_ok(format($$ select * from public.mcp_token_rotate(%L) $$, :'old_id'),
                 'MC001', null, 'a revoked token cannot be rotated');
select throws_ok(format($$ select * from public.mcp_token_rotate(%L) $$, :'expired_id'),
                 'MC002', null, 'an expired token cannot be rotated');
select throws_ok(format($$ select * from public.mcp_token_rotate(%L) $$, gen_random_uuid()),
                 'P0002', null, 'unknown id');

select tests.act_as_user(:'member'::uuid);
select throws_ok(format($$ select * from public.mcp_token_rotate(%L) $$, :'member_try_id'),
                 '42501', null, 'a member of the org may not rotate');

select tests.act_as_owner();
select is((select count(*) from public.mcp_tokens
           where rotated_from = :'member_try_id' or (id = :'member_try_id' and revoked_at is not null)),
          0::bigint, 'the refused rotation changed nothing');

select * from finish();
rollback;
