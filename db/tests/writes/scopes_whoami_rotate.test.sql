-- whoami shows a token's scopes; rotation keeps the scopes and the confirm map.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'reader') as raw_read \gset
select tests.issue_write_token(:'org'::uuid, 'writer', confirm => '{"create_calendar_event": "admin"}') as raw_write \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_read', 'whoami', '{}') -> 'structuredContent' -> 'token' -> 'scopes' as read_scopes \gset
select public.mcp_tools_call(:'raw_write', 'whoami', '{}') -> 'structuredContent' -> 'token' -> 'scopes' as write_scopes \gset
select tests.act_as_owner();
select is(:'read_scopes'::jsonb, '["mcp:read"]'::jsonb, 'whoami shows a read-only token''s scopes');
select is(:'write_scopes'::jsonb, '["mcp:read", "mcp:write"]'::jsonb, 'whoami shows a write token''s scopes');

select id as new_id from public.mcp_token_rotate(tests.token_id(:'raw_write')) \gset
select results_eq(format($$ select scopes, confirm, rotated_from from public.mcp_tokens where id = %L $$, :'new_id'),
                  format($$ values ('{mcp:read,mcp:write}'::text[], '{"create_calendar_event": "admin"}'::jsonb, %L::uuid) $$,
                         tests.token_id(:'raw_write')),
                  'the rotated token keeps the scopes and the confirm map');
select id as new_read_id from public.mcp_token_rotate(tests.token_id(:'raw_read')) \gset
select is((select scopes from public.mcp_tokens where id = :'new_read_id'), '{mcp:read}'::text[],
          'a read-only token stays read-only when rotated');
select ok((select revoked_at is not null from public.mcp_tokens where id = tests.token_id(:'raw_write')),
          'and the old token is revoked');

select * from finish();
rollback;
