-- Token scopes: a token is read-only ({mcp:read}) unless issued with scopes => '{mcp:read,mcp:write}';
-- anything else is refused with 22023 naming scopes, through mcp_token_issue and a direct insert.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset

select id as read_id from public.mcp_token_issue(:'org'::uuid, 'reader') \gset
select id as write_id from public.mcp_token_issue(:'org'::uuid, 'writer', scopes => '{mcp:read,mcp:write}') \gset

select is((select scopes from public.mcp_tokens where id = :'read_id'), '{mcp:read}'::text[], 'the default scopes are {mcp:read}');
select is((select scopes from public.mcp_tokens where id = :'write_id'), '{mcp:read,mcp:write}'::text[],
          'scopes => {mcp:read,mcp:write} gives a token that may write');
select is((select confirm from public.mcp_tokens where id = :'read_id'), '{}'::jsonb, 'the default confirm map is empty');

select throws_ok(format($$ select * from public.mcp_token_issue(%L, 'w only', scopes => '{mcp:write}') $$, :'org'),
                 '22023', null, 'mcp:write without mcp:read is refused');
select throws_ok(format($$ select * from public.mcp_token_issue(%L, 'none', scopes => '{}') $$, :'org'),
                 '22023', null, 'no scopes at all is refused');
select throws_ok(format($$ select * from public.mcp_token_issue(%L, 'null', scopes => null) $$, :'org'),
                 '22023', null, 'NULL scopes is refused');
select throws_ok(format($$ select * from public.mcp_token_issue(%L, 'admin', scopes => '{mcp:read,mcp:admin}') $$, :'org'),
                 '22023', null, 'an unknown scope is refused');
select throws_ok(format($$ select * from public.mcp_token_issue(%L, 'three', scopes => '{mcp:read,mcp:write,mcp:write}') $$, :'org'),
                 '22023', null, 'more than two entries are refused');
select throws_like(format($$ select * from public.mcp_token_issue(%L, 'admin', scopes => '{mcp:read,mcp:admin}') $$, :'org'),
                   '%scopes%', 'the message names scopes');

select throws_ok(format($$ insert into public.mcp_tokens (org_id, name, token_prefix, token_hash, allowed_tools, scopes)
                           values (%L, 'direct', 'p88_direct00', sha256('x'), '{*}', '{mcp:write}') $$, :'org'),
                 '22023', null, 'a direct insert with bad scopes is refused too');

select * from finish();
rollback;
