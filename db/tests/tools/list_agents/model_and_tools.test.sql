-- list_agents lists the org's agents sorted by name, then id, each with its model and its tools
-- configuration exactly as stored (any JSON: nested objects, arrays, numbers, nulls, or an object).
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'agents') as raw \gset
insert into app.agents (org_id, id, name, description, model, tools) values
  (:'org', '00000000-0000-4000-8000-00000000000a', 'Support bot', 'Answers customers', 'gpt-4o-2024-08-06',
   '[{"name": "search", "config": {"depth": 2, "sources": ["kb", "web"]}},
     {"name": "escalate", "enabled": false, "threshold": 0.75, "note": null}]'),
  (:'org', '00000000-0000-4000-8000-00000000000c', 'Analyst', '', 'claude-3-5-sonnet', '{"mode": "auto", "allow": []}'),
  (:'org', '00000000-0000-4000-8000-00000000000b', 'Analyst', 'Second by id', 'llama-3.1-70b', '[]');

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'list_agents', '{}', '{}') as answer \gset
select tests.act_as_owner();

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is(:'answer'::jsonb -> 'structuredContent', $json${"agents": [
  {"id": "00000000-0000-4000-8000-00000000000b", "name": "Analyst", "description": "Second by id", "model": "llama-3.1-70b",
   "tools": []},
  {"id": "00000000-0000-4000-8000-00000000000c", "name": "Analyst", "description": "", "model": "claude-3-5-sonnet",
   "tools": {"mode": "auto", "allow": []}},
  {"id": "00000000-0000-4000-8000-00000000000a", "name": "Support bot", "description": "Answers customers",
   "model": "gpt-4o-2024-08-06",
   "tools": [{"name": "search", "config": {"depth": 2, "sources": ["kb", "web"]}},
             {"name": "escalate", "enabled": false, "threshold": 0.75, "note": null}]}
  ], "next_cursor": null}$json$::jsonb,
  'every agent by name then id, with description, model and tools as stored; next_cursor null');
select results_eq(
  format($$ select (a ->> 'id')::uuid, a -> 'tools' from jsonb_array_elements(%L::jsonb -> 'structuredContent' -> 'agents') a
            order by 1 $$, :'answer'),
  format($$ select id, tools from app.agents where org_id = %L order by id $$, :'org'),
  'each agent''s tools equal the stored column'
);
select is((:'answer'::jsonb -> 'content' -> 0 ->> 'text')::jsonb, :'answer'::jsonb -> 'structuredContent',
          'the text content is the same JSON');

select * from finish();
rollback;
