-- A grant's rate limit is its own bucket, as a token's: used up by its calls only.
begin;
select plan(4);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid) as alice \gset
select tests.add_member(:'org'::uuid) as carol \gset
insert into public.mcp_grant_defaults (org_id, rate_limit_per_minute) values (:'org', 2);

select tests.act_as('tests_gateway');
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid)) as c1 \gset
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid)) as c2 \gset
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'alice'::uuid)) as c3 \gset
select public.mcp_tools_call('', 'whoami', '{}', tests.oauth_client(:'carol'::uuid)) as other \gset
select tests.act_as_owner();

select is(:'c2'::jsonb -> 'isError', 'false'::jsonb, 'two calls in a minute pass');
select is(:'c3'::jsonb #>> '{error,sqlstate}', 'MC020', 'the third is rate limited');
select ok((:'c3'::jsonb #>> '{error,retry_after}')::int > 0, '... with a retry-after');
select is(:'other'::jsonb -> 'isError', 'false'::jsonb, 'another user''s grant has its own bucket');

select * from finish();
rollback;
