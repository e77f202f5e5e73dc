-- public.mcp_gateway_role_check(), which the shim runs at startup, describes the calling role: a
-- role whose only grant is mcp_gateway gets no warning; a superuser is told so; a role that is not
-- a member of mcp_gateway may not call it.
begin;
select plan(4);

select tests.act_as('tests_gateway');
select is(public.mcp_gateway_role_check(), '{"role": "tests_gateway", "gateway": true, "warnings": []}'::jsonb,
          'a role whose only grant is mcp_gateway: no warning');
select tests.act_as_owner();
select ok(public.mcp_gateway_role_check() -> 'warnings' ? 'is a superuser', 'the superuser running the tests is told it is one');

select tests.act_as('tests_dba');
select throws_ok($$ select public.mcp_gateway_role_check() $$, '42501', null,
                 'a role outside mcp_gateway may not call it (the shim logs that)');
select tests.act_as_owner();

create role tests_gateway_plus nologin in role mcp_gateway, mcp_admin;
select tests.act_as('tests_gateway_plus');
select ok(exists (select from jsonb_array_elements_text(public.mcp_gateway_role_check() -> 'warnings') w
                  where w ~ '^is also a member of .*\mmcp_admin\M'),
          'a gateway role that is also mcp_admin is told which other roles it holds');
select tests.act_as_owner();

select * from finish();
rollback;
