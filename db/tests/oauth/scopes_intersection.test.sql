-- An OAuth user's scopes are the access token's intersected with the grant's: a write tool needs
-- mcp:write in both (MC013 otherwise); an access token naming no mcp: scope counts as mcp:read;
-- one naming only other mcp: scopes has none: it may neither read nor list (MC013).
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid) as alice \gset
select tests.add_member(:'org'::uuid) as carol \gset
insert into public.mcp_grant_defaults (org_id, scopes) values (:'org', '{mcp:read,mcp:write}');

select tests.act_as('tests_gateway');
select public.mcp_tools_call('', 'create_calendar_event',
  '{"title": "Board review", "starts_at": "2030-01-01T10:00:00Z", "ends_at": "2030-01-01T11:00:00Z"}',
  tests.oauth_client(:'alice'::uuid, '{mcp:read}')) as read_only \gset
select public.mcp_tools_list('', tests.oauth_client(:'alice'::uuid, '{mcp:read}')) as list_read \gset
select public.mcp_tools_list('', tests.oauth_client(:'alice'::uuid, '{mcp:read,mcp:write}')) as list_write \gset
select public.mcp_tools_list('', tests.oauth_client(:'carol'::uuid, '{openid,email}')) as list_none \gset
select public.mcp_tools_list('', tests.oauth_client(:'carol'::uuid, '{mcp:other}')) as list_other \gset
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'carol'::uuid, '{mcp:other}')) as read_other \gset
select public.mcp_resources_list_json('', '{}', tests.oauth_client(:'carol'::uuid, '{mcp:other}')::json) as resources_other \gset
select tests.act_as_owner();

select is(:'read_only'::jsonb #>> '{error,sqlstate}', 'MC013', 'a write tool with an mcp:read access token: MC013');
select ok(not (:'list_read'::jsonb -> 'tools') @> '[{"name": "create_calendar_event"}]', 'mcp:read: write tools not listed');
select ok((:'list_write'::jsonb -> 'tools') @> '[{"name": "create_calendar_event"}]', 'both scopes, both ceilings: listed');
select ok((:'list_none'::jsonb -> 'tools') @> '[{"name": "whoami"}]', 'no mcp: scope in the access token: read tools');
select ok(not (:'list_none'::jsonb -> 'tools') @> '[{"name": "create_calendar_event"}]', '... and no write tools');
select is(:'list_other'::jsonb -> 'tools', '[]'::jsonb, 'only another mcp: scope: no tool is listed');
select is(:'read_other'::jsonb #>> '{error,sqlstate}', 'MC013', '... and a read tool is refused: MC013');
select matches(:'read_other'::jsonb #>> '{error,message}', 'no scope mcp:read', 'saying which scope it lacks');
select ok(:'resources_other'::text ~ 'MC013', '... and so are resources');

update public.mcp_grants set scopes = '{mcp:read}' where subject = :'alice';
select tests.act_as('tests_gateway');
select public.mcp_tools_list('', tests.oauth_client(:'alice'::uuid, '{mcp:read,mcp:write}')) as narrowed \gset
select tests.act_as_owner();
select ok(not (:'narrowed'::jsonb -> 'tools') @> '[{"name": "create_calendar_event"}]',
          'a grant narrowed to mcp:read: no writes whatever the access token says');

select * from finish();
rollback;
