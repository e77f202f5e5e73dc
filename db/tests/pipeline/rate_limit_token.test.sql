-- A token's own rate limit (GCRA): rate_limit_per_minute = 3 admits exactly 3 calls in a burst;
-- the 4th is refused with MC020 and retry_after in 1..20 seconds; refused calls use up nothing;
-- once the bucket has drained (tat in the past) calls are admitted again.
begin;
select plan(10);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'three a minute', rate_limit => 3) as raw \gset
select tests.token_id(:'raw') as token \gset

create temp table answers (n integer, answer jsonb) on commit drop;
grant insert, select on answers to public;

select tests.act_as('tests_gateway');
insert into answers
  select n, public.mcp_tools_call(:'raw', 'get_current_time', '{}', jsonb_build_object('request_id', 'rl-' || n))
  from generate_series(1, 4) n;
select tests.act_as_owner();

select results_eq($$ select n, answer -> 'isError' from answers order by n $$,
                  $$ values (1, 'false'::jsonb), (2, 'false'::jsonb), (3, 'false'::jsonb), (4, null::jsonb) $$,
                  'the first 3 calls of the burst are admitted, the 4th is not');
select is((select answer -> 'error' ->> 'sqlstate' from answers where n = 4), 'MC020', 'the 4th is refused with MC020');
select ok((select (answer -> 'error' ->> 'retry_after')::integer between 1 and 20 from answers where n = 4),
          'with retry_after between 1 and 20 seconds');
select matches((select answer -> 'error' ->> 'message' from answers where n = 4), 'rate limit',
               'and a message that says so');

select tat as tat_refused from mcp.rate_buckets where token_id = :'token' \gset
select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw', 'get_current_time', '{}', '{"request_id": "rl-5"}') -> 'error' ->> 'sqlstate',
          'MC020', 'a 5th call right after is refused too');
select tests.act_as_owner();
select is((select tat from mcp.rate_buckets where token_id = :'token'), :'tat_refused'::timestamptz,
          'refused calls do not move the bucket: they consume no quota');

-- a minute later (the bucket drained)
update mcp.rate_buckets set tat = now() - interval '1 minute' where token_id = :'token';
select tests.act_as('tests_gateway');
select is(public.mcp_tools_call(:'raw', 'get_current_time', '{}', '{"request_id": "rl-6"}') -> 'isError', 'false'::jsonb,
          'once the bucket has drained, the token is admitted again');
select tests.act_as_owner();
select ok((select tat > now() from mcp.rate_buckets where token_id = :'token'), 'and the admitted call was charged');

select results_eq(
  $$ select request_id, outcome::text, errcode from mcp.usage_log where request_id like 'rl-%' order by request_id $$,
  $$ values ('rl-1', 'ok', null), ('rl-2', 'ok', null), ('rl-3', 'ok', null),
            ('rl-4', 'rate_limited', 'MC020'), ('rl-5', 'rate_limited', 'MC020'), ('rl-6', 'ok', null) $$,
  'every call is logged, the refused ones as rate_limited'
);
select is((select count(*) from mcp.rate_buckets where org_id = :'org'), 1::bigint,
          'without an org ceiling there is only the token''s bucket');

select * from finish();
rollback;
