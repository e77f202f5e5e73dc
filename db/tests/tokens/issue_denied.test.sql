-- Only a DBA or an admin of the org may issue its tokens: a member of the org, an admin of another
-- org, a role without grants and anon all get 42501, and nothing is stored.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'admin') as other_admin \gset

select tests.act_as_user(:'member'::uuid);
select throws_ok(
  format($$ select * from public.mcp_token_issue(%L::uuid, 'mine') $$, :'org'),
  '42501', format('not allowed to issue MCP tokens for org %s', :'org'),
  'a member (not admin) of the org may not issue'
);

select tests.act_as_user(:'other_admin'::uuid);
select throws_ok(
  format($$ select * from public.mcp_token_issue(%L::uuid, 'theirs') $$, :'org'),
  '42501', format('not allowed to issue MCP tokens for org %s', :'org'),
  'an admin of another org may not issue'
);

select tests.act_as('tests_nobody');
select throws_ok(
  format($$ select * from public.mcp_token_issue(%L::uuid, 'nobody') $$, :'org'),
  '42501', 'permission denied for function mcp_token_issue',
  'a role without grants may not execute the function'
);

select tests.act_as('anon');
select throws_ok(
  format($$ select * from public.mcp_token_issue(%L::uuid, 'anon') $$, :'org'),
  '42501', 'permission denied for function mcp_token_issue',
  'anon may not execute the function'
);

select tests.act_as_owner();
select is((select count(*) from public.mcp_tokens), 0::bigint, 'no token was stored');

select * from finish();
rollback;
