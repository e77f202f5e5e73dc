-- With an org ceiling (mcp.org_limits) whoami reports org.rate_limit_per_minute and the org's
-- calls left, shared by the org's tokens; without one both are null.
begin;
select plan(4);

select tests.create_org('Limited') as org \gset
select tests.create_org('Unlimited') as free_org \gset
insert into mcp.org_limits values (:'org', 20);
select tests.issue_token(:'org'::uuid, 'first') as raw_1 \gset
select tests.issue_token(:'org'::uuid, 'second') as raw_2 \gset
select tests.issue_token(:'free_org'::uuid, 'free') as raw_free \gset

create temp table answers (n integer, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values (1, public.mcp_tools_call(:'raw_1', 'whoami', '{}', '{}'));
insert into answers values (2, public.mcp_tools_call(:'raw_1', 'whoami', '{}', '{}'));
insert into answers values (3, public.mcp_tools_call(:'raw_2', 'whoami', '{}', '{}'));
insert into answers values (4, public.mcp_tools_call(:'raw_free', 'whoami', '{}', '{}'));
select tests.act_as_owner();

select results_eq(
  $$ select n, (answer #> '{structuredContent,org}') - 'id' from answers where n <= 3 order by n $$,
  $$ values (1, '{"name": "Limited", "rate_limit_per_minute": 20, "remaining_this_minute": 19}'::jsonb),
            (2, '{"name": "Limited", "rate_limit_per_minute": 20, "remaining_this_minute": 18}'::jsonb),
            (3, '{"name": "Limited", "rate_limit_per_minute": 20, "remaining_this_minute": 17}'::jsonb) $$,
  'the org ceiling of 20 and its calls left: 19, 18, then 17 after the second token''s call'
);
select results_eq(
  $$ select n, (answer #>> '{structuredContent,token,remaining_this_minute}')::integer from answers where n <= 3 order by n $$,
  $$ values (1, 99), (2, 98), (3, 99) $$,
  'each token keeps its own count (limit 100)'
);
select is((select (answer #> '{structuredContent,org}') - 'id' from answers where n = 4),
          '{"name": "Unlimited", "rate_limit_per_minute": null, "remaining_this_minute": null}'::jsonb,
          'an org without a ceiling: both null');
select is((select answer #>> '{structuredContent,org,id}' from answers where n = 4), :'free_org', 'with that org''s id');

select * from finish();
rollback;
