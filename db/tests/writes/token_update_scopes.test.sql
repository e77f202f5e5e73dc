-- An org admin (an app user) may widen a token of the org to writing and set its confirm map in
-- place, and the token can then write; a member of the org, or an admin of another org, changes
-- nothing (the row is not theirs to update); bad values are refused with 22023.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset
select tests.add_member(:'org'::uuid, 'member') as member \gset
select tests.add_member(:'other'::uuid, 'admin') as other_admin \gset
select tests.issue_token(:'org'::uuid, 'job') as raw \gset
select tests.token_id(:'raw') as tok \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as_user(:'member');
update public.mcp_tokens set scopes = '{mcp:read,mcp:write}', confirm = '{"*": "none"}' where id = :'tok';
select tests.act_as_user(:'other_admin');
update public.mcp_tokens set scopes = '{mcp:read,mcp:write}', confirm = '{"*": "none"}' where id = :'tok';
select tests.act_as_owner();
select results_eq(format($$ select scopes, confirm from public.mcp_tokens where id = %L $$, :'tok'),
                  $$ values ('{mcp:read}'::text[], '{}'::jsonb) $$,
                  'a member''s and another org''s admin''s updates change nothing');

select tests.act_as_user(:'admin');
select throws_ok(format($$ update public.mcp_tokens set scopes = '{mcp:read,mcp:root}' where id = %L $$, :'tok'),
                 '22023', null, 'an admin''s update to unknown scopes is refused');
select throws_ok(format($$ update public.mcp_tokens set scopes = '{mcp:read,mcp:write}', confirm = '{"whoami": "none"}' where id = %L $$, :'tok'),
                 '22023', null, 'an admin''s update to a bad confirm map is refused');
update public.mcp_tokens set scopes = '{mcp:read,mcp:write}', confirm = '{"*": "none"}' where id = :'tok';
select tests.act_as_owner();
select results_eq(format($$ select scopes, confirm from public.mcp_tokens where id = %L $$, :'tok'),
                  $$ values ('{mcp:read,mcp:write}'::text[], '{"*": "none"}'::jsonb) $$,
                  'an org admin widens the token to writing, unconfirmed');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'structuredContent' as done \gset
select tests.act_as_owner();
select is(:'done'::jsonb ->> 'status', 'done', 'the same raw token now writes (policy none: at once)');
select is((select count(*) from app.calendar_events where org_id = :'org'), 1::bigint, 'one event created');

select tests.act_as_user(:'admin');
update public.mcp_tokens set scopes = '{mcp:read}' where id = :'tok';
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'create_calendar_event', :'ev') -> 'error' ->> 'sqlstate' as narrowed \gset
select tests.act_as_owner();
select is(:'narrowed'::text, 'MC013', 'and after the admin narrows it back, it may not (MC013)');

select * from finish();
rollback;
