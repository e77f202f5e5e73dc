-- A DBA (member of mcp_admin) issues a token for any org with the documented call and defaults.
begin;
select plan(9);

select tests.create_org('Acme') as org \gset
select tests.act_as('tests_dba');

create temp table issued on commit drop as
  select * from public.mcp_token_issue(:'org'::uuid, 'Claude Desktop on my laptop');
grant select on issued to public;

select is((select count(*) from issued), 1::bigint, 'returns one row');
select ok((select raw_token ~ '^p88_[0-9A-Za-z]{38}$' from issued), 'raw_token has the p88_ format');
select is((select token_prefix from issued), (select left(raw_token, 12) from issued),
          'token_prefix is the first 12 characters');

select results_eq(
  $$ select t.org_id, t.name, t.allowed_tools, t.rate_limit_per_minute, t.created_by,
            t.expires_at is null, t.revoked_at is null, t.last_used_at is null
     from public.mcp_tokens t join issued i on i.id = t.id $$,
  format($$ values (%L::uuid, 'Claude Desktop on my laptop', '{*}'::text[], 100, 'tests_dba', true, true, true) $$, :'org'),
  'the stored row has the defaults and records the DBA role as created_by'
);
select is((select created_at from public.mcp_tokens where id = (select id from issued)), now(), 'created_at is now');

-- optional named parameters
select lives_ok(
  format($$ select * from public.mcp_token_issue(%L::uuid, 'CI bot', allowed_tools => '{get_*,get_current_time}',
            rate_limit_per_minute => 10, expires_at => now() + interval '30 days', description => 'nightly jobs') $$, :'org'),
  'named parameters are accepted'
);
select results_eq(
  $$ select allowed_tools, rate_limit_per_minute, expires_at, description from public.mcp_tokens where name = 'CI bot' $$,
  $$ values ('{get_*,get_current_time}'::text[], 10, now() + interval '30 days', 'nightly jobs') $$,
  'named parameters are stored'
);
select is((select count(distinct token_hash) from public.mcp_tokens), 2::bigint, 'each token has its own hash');

select tests.act_as_owner();
select is((select count(*) from public.mcp_tokens), 2::bigint, 'both tokens are stored');

select * from finish();
rollback;
