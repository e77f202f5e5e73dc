-- A user's first call in an org creates one grant from the org's defaults (or the built-in ones);
-- later calls reuse it; the call is logged with the grant as its principal.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.create_org('Beta') as beta \gset
select tests.add_member(:'org'::uuid) as alice \gset
select tests.add_member(:'beta'::uuid) as bob \gset
insert into public.mcp_grant_defaults (org_id, scopes, allowed_tools, rate_limit_per_minute)
values (:'beta', '{mcp:read,mcp:write}', '{whoami,list_*}', 7);

select tests.act_as('tests_gateway');
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid)) as a1 \gset
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid)) as a2 \gset
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'bob'::uuid)) as b1 \gset
select tests.act_as_owner();

select is(:'a1'::jsonb -> 'isError', 'false'::jsonb, 'a member''s first call succeeds without any token');
select results_eq(
  format('select org_id, issuer, subject, scopes, allowed_tools, rate_limit_per_minute, confirm from public.mcp_grants where subject = %L', :'alice'),
  format('values (%L::uuid, ''https://auth.example.test''::text, %L::text, ''{mcp:read}''::text[], ''{*}''::text[], 100, ''{}''::jsonb)', :'org', :'alice'),
  'one grant, with the built-in defaults (read only, every tool, 100/min)');
select is((select count(*)::int from public.mcp_grants where subject = :'alice'), 1, 'the second call reuses the grant');
select results_eq(
  format('select scopes, allowed_tools, rate_limit_per_minute from public.mcp_grants where subject = %L', :'bob'),
  $$values ('{mcp:read,mcp:write}'::text[], '{whoami,list_*}'::text[], 7)$$,
  'an org''s defaults shape its new grants');
select is(:'a1'::jsonb #>> '{structuredContent,token,id}', (select id::text from public.mcp_grants where subject = :'alice'),
          'whoami names the grant');
select results_eq(
  format('select principal::text, token_id, outcome::text from mcp.usage_log where org_id = %L', :'org'),
  format('select ''grant''::text, id, ''ok''::text from public.mcp_grants where subject = %L union all select ''grant'', id, ''ok'' from public.mcp_grants where subject = %L', :'alice', :'alice'),
  'both calls are logged with the grant as principal');
select isnt((select last_used_at from public.mcp_grants where subject = :'alice'), null, 'last_used_at is set');

select * from finish();
rollback;
