-- remaining_this_minute counts the call it is part of: a token with 5 calls a minute reports 4
-- after its first whoami, then 3, then 2; calls of another tool count too.
begin;
select plan(2);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'five a minute', '{*}', 5) as raw \gset

create temp table answers (n integer, answer jsonb) on commit drop;
grant insert, select on answers to public;
select tests.act_as('tests_gateway');
insert into answers values (1, public.mcp_tools_call(:'raw', 'whoami', '{}', '{}'));
insert into answers values (2, public.mcp_tools_call(:'raw', 'whoami', '{}', '{}'));
select public.mcp_tools_call(:'raw', 'get_current_time', '{}', '{}') -> 'isError' as other_tool \gset
insert into answers values (3, public.mcp_tools_call(:'raw', 'whoami', '{}', '{}'));
select tests.act_as_owner();

select is(:'other_tool'::jsonb, 'false'::jsonb, 'the call of another tool in between succeeds');
select results_eq($$ select n, (answer #>> '{structuredContent,token,remaining_this_minute}')::integer from answers order by n $$,
                  $$ values (1, 4), (2, 3), (3, 1) $$,
                  'remaining_this_minute: 4 after the first call, 3 after the second, 1 after another tool and a third');

select * from finish();
rollback;
