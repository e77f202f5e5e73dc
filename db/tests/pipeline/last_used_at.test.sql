-- tools/call and tools/list with a valid token bump its last_used_at to now() (from null, and
-- from a time more than a minute ago).
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'caller') as raw_call \gset
select tests.issue_token(:'org'::uuid, 'lister') as raw_list \gset
select tests.issue_token(:'org'::uuid, 'old') as raw_old \gset
select tests.issue_token(:'org'::uuid, 'idle') as raw_idle \gset
update public.mcp_tokens set last_used_at = now() - interval '2 hours' where id = tests.token_id(:'raw_old');

select is((select last_used_at from public.mcp_tokens where id = tests.token_id(:'raw_call')), null,
          'a new token has never been used');
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_call', 'get_current_time', '{}', '{}') as a1 \gset
select public.mcp_tools_list(:'raw_list', '{}') as a2 \gset
select public.mcp_tools_call(:'raw_old', 'get_current_time', '{}', '{}') as a3 \gset
select tests.act_as_owner();

select is((select last_used_at from public.mcp_tokens where id = tests.token_id(:'raw_call')), now(),
          'tools/call sets last_used_at to now()');
select is((select last_used_at from public.mcp_tokens where id = tests.token_id(:'raw_list')), now(),
          'tools/list sets last_used_at to now()');
select is((select last_used_at from public.mcp_tokens where id = tests.token_id(:'raw_old')), now(),
          'a last use two hours ago is moved to now()');
select is((select last_used_at from public.mcp_tokens where id = tests.token_id(:'raw_idle')), null,
          'a token that was not used keeps a null last_used_at');

select * from finish();
rollback;
