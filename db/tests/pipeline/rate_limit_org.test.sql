-- The per-org ceiling (mcp.org_limits) is shared by the org's tokens on top of each token's own
-- limit; a call refused by one bucket is charged to neither. Only tools/call takes quota.
begin;
select plan(10);

select tests.create_org('Ceiling 2') as org \gset
select tests.issue_token(:'org'::uuid, 'one', rate_limit => 100) as raw_one \gset
select tests.issue_token(:'org'::uuid, 'two', rate_limit => 100) as raw_two \gset
insert into mcp.org_limits values (:'org', 2);

select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw_one', 'get_current_time', '{}', '{}') -> 'isError', 'false'::jsonb,
          'the org''s first call is admitted');
select is(public.mcp_tools_call(:'raw_two', 'get_current_time', '{}', '{}') -> 'isError', 'false'::jsonb,
          'its second call, by another token, is admitted');
select tests.act_as_owner();
select tat as one_tat from mcp.rate_buckets where token_id = tests.token_id(:'raw_one') \gset
select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw_one', 'get_current_time', '{}', '{"request_id": "org-third"}') as third \gset
select is(:'third'::jsonb -> 'error' ->> 'sqlstate', 'MC020', 'the third call of the org is refused (MC020) though each token has 98 left');
select ok((:'third'::jsonb -> 'error' ->> 'retry_after')::integer between 1 and 30, 'with retry_after within the org''s interval');
select tests.act_as_owner();
select is((select tat from mcp.rate_buckets where token_id = tests.token_id(:'raw_one')), :'one_tat'::timestamptz,
          'a call refused by the org ceiling does not charge the token''s bucket');
select is((select outcome from mcp.usage_log where request_id = 'org-third'), 'rate_limited', 'it is logged as rate_limited');

-- a token's own limit refusing: the org's bucket gets its call back
select tests.create_org('Ceiling 10') as org10 \gset
select tests.issue_token(:'org10'::uuid, 'one a minute', rate_limit => 1) as raw_slow \gset
insert into mcp.org_limits values (:'org10', 10);
select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw_slow', 'get_current_time', '{}', '{}') -> 'isError', 'false'::jsonb,
          'a token with 1 a minute in an org with a ceiling of 10 gets its first call');
select tests.act_as_owner();
select tat as org_tat from mcp.rate_buckets where org_id = :'org10' and token_id is null \gset
select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw_slow', 'get_current_time', '{}', '{}') -> 'error' ->> 'sqlstate', 'MC020',
          'a token with 1 a minute is refused its second call, the org ceiling notwithstanding');
select tests.act_as_owner();
select is((select tat from mcp.rate_buckets where org_id = :'org10' and token_id is null), :'org_tat'::timestamptz,
          'a call refused by the token''s bucket does not charge the org''s bucket');

-- tools/list takes no quota
select tests.create_org('Lister') as org_list \gset
select tests.issue_token(:'org_list'::uuid, 'lister', rate_limit => 1) as raw_list \gset
select tests.act_as('tests_gateway');
select count(public.mcp_tools_list(:'raw_list', '{}')) as lists from generate_series(1, 5) \gset
select tests.act_as_owner();
select is_empty(format($$ select * from mcp.rate_buckets where org_id = %L $$, :'org_list'),
                'tools/list, however often, leaves no rate bucket');

select * from finish();
rollback;
