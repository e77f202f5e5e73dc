-- Another org's page id is not found (P0002), as is an id no page has or that is no uuid: RLS hides
-- the other org's row from the read handler. Each is logged as a failed resources/read.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
insert into app.pages (org_id, id, title, body) values (:'other', 'b0000000-0000-4000-8000-000000000009', 'Secret', 'theirs');
select tests.issue_token(:'org'::uuid) as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://pages/b0000000-0000-4000-8000-000000000009"}',
                                      '{"request_id": "oo-other"}') as other_answer \gset
select public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://pages/b0000000-0000-4000-8000-000000000001"}',
                                      '{"request_id": "oo-none"}') as none_answer \gset
select public.mcp_resources_read_json(:'raw', '{"uri": "pgmcp://pages/not-a-uuid"}', '{"request_id": "oo-garbage"}') as garbage \gset
select tests.act_as_owner();

select is(:'other_answer'::jsonb -> 'error' ->> 'sqlstate', 'P0002', 'another org''s page: P0002');
select is(:'none_answer'::jsonb -> 'error' ->> 'sqlstate', 'P0002', 'an id no page has: P0002');
select is(:'garbage'::jsonb -> 'error' ->> 'sqlstate', 'P0002', 'an id that is no uuid: P0002');
select results_eq($$ select request_id, tool, outcome::text, errcode from mcp.usage_log where request_id like 'oo-%' order by request_id $$,
                  $$ values ('oo-garbage', 'resources/read', 'tool_error', 'P0002'), ('oo-none', 'resources/read', 'tool_error', 'P0002'),
                            ('oo-other', 'resources/read', 'tool_error', 'P0002') $$,
                  'each is one usage-log row of resources/read with its outcome');

select * from finish();
rollback;
