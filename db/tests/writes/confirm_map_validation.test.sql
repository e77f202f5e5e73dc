-- A token's confirm map names write tools (or *) with the policy user, admin or none; an unknown
-- tool, a read tool, another policy or a non-object is refused with 22023 naming the entry, when
-- issued, inserted directly or updated.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
create function pg_temp.issue(confirm jsonb) returns uuid language sql as $$
  select id from public.mcp_token_issue((select id from app.orgs where name = 'Acme'), 'confirm map',
                                        scopes => '{mcp:read,mcp:write}', confirm => confirm)
$$;

select lives_ok($$ select pg_temp.issue('{"*": "user", "create_calendar_event": "none"}') $$,
                'a map of * and a write tool with known policies is accepted');
select lives_ok($$ select pg_temp.issue('{"create_calendar_event": "admin"}') $$, 'admin is a policy');
select throws_ok($$ select pg_temp.issue('{"no_such_tool": "none"}') $$, '22023', null, 'an unknown tool is refused');
select throws_like($$ select pg_temp.issue('{"no_such_tool": "none"}') $$, '%no_such_tool%', 'naming the entry');
select throws_ok($$ select pg_temp.issue('{"get_current_time": "none"}') $$, '22023', null, 'a read tool is refused');
select throws_ok($$ select pg_temp.issue('{"create_calendar_event": "never"}') $$, '22023', null, 'an unknown policy is refused');
select throws_ok($$ select pg_temp.issue('{"*": true}') $$, '22023', null, 'a policy that is not a string is refused');
select throws_ok($$ select pg_temp.issue('["none"]') $$, '22023', null, 'a map that is not an object is refused');
select throws_ok(format($$ insert into public.mcp_tokens (org_id, name, token_prefix, token_hash, allowed_tools, confirm)
                           values (%L, 'direct', 'p88_direct00', sha256('x'), '{*}', '{"get_current_time": "none"}') $$, :'org'),
                 '22023', null, 'a direct insert with a bad map is refused too');
select pg_temp.issue('{}') as tok \gset
select throws_ok(format($$ update public.mcp_tokens set confirm = '{"create_calendar_event": "later"}' where id = %L $$, :'tok'),
                 '22023', null, 'so is an update to a bad map');

select * from finish();
rollback;
