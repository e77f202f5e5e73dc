-- Issuing is SECURITY INVOKER, so org admins hold INSERT on public.mcp_tokens; a row inserted
-- directly meets the same rules: allowed_tools against the registry, limits, and a rotated_from
-- of the same org. So does a direct UPDATE of a token's settings (22023, as mcp_token_issue
-- answers, not a constraint's 23514).
begin;
select plan(8);

select tests.create_org('A') as a \gset
select tests.create_org('B') as b \gset
select tests.add_member(:'a'::uuid, 'admin') as admin \gset
select tests.token_id(tests.issue_token(:'b'::uuid, 'B token')) as b_token \gset
select tests.token_id(tests.issue_token(:'a'::uuid, 'A token')) as a_token \gset
-- a token whose allow-list names a tool that is then removed
create function mcp_tools.tests_gone(args jsonb) returns jsonb
language sql stable security definer set search_path = '' as $$ select '{}'::jsonb $$;
select mcp.tool_register(name => 'tests_gone', title => 'Gone', description => 'Removed after issuing.',
  handler => 'mcp_tools.tests_gone(jsonb)', input_schema => '{"type": "object", "properties": {}, "additionalProperties": false}',
  output_schema => '{"type": "object"}');
select tests.token_id(tests.issue_token(:'a'::uuid, 'stale', '{tests_gone}')) as stale_token \gset
delete from mcp.tools where name = 'tests_gone';

select tests.act_as_user(:'admin'::uuid);
select throws_ok(format($$ insert into public.mcp_tokens (org_id, name, token_prefix, token_hash, allowed_tools)
                           values (%L, 'direct', 'p88_AAAAAAAA', sha256('x'), '{nonexistent_tool*}') $$, :'a'),
                 '22023', null, 'an allow-list entry matching no tool is refused on a direct insert');
select throws_ok(format($$ insert into public.mcp_tokens (org_id, name, token_prefix, token_hash, rotated_from)
                           values (%L, 'direct', 'p88_AAAAAAAA', sha256('y'), %L) $$, :'a', :'b_token'),
                 '22023', 'rotated_from must name a token of the same org', 'rotated_from of another org is refused');
select throws_ok(format($$ insert into public.mcp_tokens (org_id, name, token_prefix, token_hash, expires_at)
                           values (%L, 'direct', 'p88_AAAAAAAA', sha256('z'), now() - interval '1 day') $$, :'a'),
                 '22023', null, 'an expiry in the past is refused on a direct insert');
select lives_ok(format($$ insert into public.mcp_tokens (org_id, name, token_prefix, token_hash)
                          values (%L, 'direct', 'p88_AAAAAAAA', sha256('w')) $$, :'a'),
                'a direct insert that meets the rules is still possible for an org admin');

select lives_ok(format($$ update public.mcp_tokens set name = 'renamed' where id = %L $$, :'stale_token'),
                'a token whose allow-list names a removed tool can still be renamed (only what changed is checked)');
select throws_ok(format($$ update public.mcp_tokens set name = ' ' where id = %L $$, :'a_token'),
                 '22023', 'name must not be empty', 'an org admin''s direct update of a name is checked as issuing checks it');
select tests.act_as_owner();
select throws_ok(format($$ update public.mcp_tokens set rate_limit_per_minute = 0 where id = %L $$, :'a_token'),
                 '22023', null, 'so is the table owner''s of the rate limit');
select throws_ok(format($$ update public.mcp_tokens set allowed_tools = '{nonexistent_tool*}' where id = %L $$, :'a_token'),
                 '22023', null, 'and of the allow-list');

select * from finish();
rollback;
