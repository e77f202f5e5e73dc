-- An integral number written as 5.0 is an integer (JSON makes no difference): validate_args hands
-- the handler 5, so a tool's integer cast works.
begin;
select plan(3);

select tests.create_org('A') as org \gset
select tests.issue_token(:'org'::uuid) as raw \gset
select is(mcp.validate_args('{"type": "object", "properties": {"limit": {"type": "integer"}}, "additionalProperties": false}',
                            '{"limit": 5.0}'),
          '{"limit": 5}'::jsonb, 'validate_args turns 5.0 into 5 for an integer argument');
select tests.act_as('tests_gateway');
select is((public.mcp_tools_call(:'raw', 'list_agents', '{"limit": 5.0}') -> 'isError'), 'false'::jsonb,
          'list_agents with limit 5.0 succeeds');
select is((public.mcp_tools_call(:'raw', 'list_agents', '{"limit": 5.5}') -> '_meta' ->> 'sqlstate'), '22023',
          'a fractional number is still refused');

select * from finish();
rollback;
