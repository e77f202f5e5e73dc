-- allowed_tools still narrows a write token (MC011), and '*' admits a write tool only with the
-- scope mcp:write: in tools/list and in tools/call.
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.issue_write_token(:'org'::uuid, 'writes, get_* only', '{get_*}') as raw_get \gset
select tests.issue_write_token(:'org'::uuid, 'writes, create_* only', '{create_*}') as raw_create \gset
select tests.issue_write_token(:'org'::uuid, 'writes, all') as raw_all \gset
select tests.issue_token(:'org'::uuid, 'reads, all') as raw_read_all \gset
\set ev '{"title": "Board review", "starts_at": "2026-12-03T10:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}'

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_get', 'create_calendar_event', :'ev', '{"request_id": "narrow-1"}') as narrowed \gset
select public.mcp_tools_list(:'raw_get', '{}') as list_get \gset
select public.mcp_tools_list(:'raw_create', '{}') as list_create \gset
select public.mcp_tools_list(:'raw_all', '{}') as list_all \gset
select public.mcp_tools_list(:'raw_read_all', '{}') as list_read_all \gset
select public.mcp_tools_call(:'raw_create', 'create_calendar_event', :'ev') -> 'structuredContent' ->> 'status' as create_status \gset
select tests.act_as_owner();

select is(:'narrowed'::jsonb -> 'error' ->> 'sqlstate', 'MC011', 'a write token whose allowed_tools do not admit the tool: MC011');
select is((select outcome from mcp.usage_log where request_id = 'narrow-1'), 'not_allowed', 'logged not_allowed');
select ok(not (:'list_get'::jsonb -> 'tools' @> '[{"name": "create_calendar_event"}]'), 'and tools/list hides it');
select is((select array_agg(t ->> 'name') from jsonb_array_elements(:'list_create'::jsonb -> 'tools') t), array['create_calendar_event'],
          'a write token with {create_*} sees exactly the create_ tool');
select is(:'create_status'::text, 'awaiting_approval', 'and may call it');
select set_eq(format($$ select t ->> 'name' from jsonb_array_elements(%L::jsonb -> 'tools') t $$, :'list_all'),
              $$ select name from mcp.tools where enabled $$,
              'a write token with {*} sees every enabled tool, writes included');
select set_eq(format($$ select t ->> 'name' from jsonb_array_elements(%L::jsonb -> 'tools') t $$, :'list_read_all'),
              $$ select name from mcp.tools where enabled and effect = 'read' $$,
              'a read-only token with {*} sees the read tools only');

select * from finish();
rollback;
