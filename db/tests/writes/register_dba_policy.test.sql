-- "DBAs may change the defaults": a DBA (a member of mcp_admin, not the owner) may set a write
-- tool's confirmation policy, as they may enable or disable it; app users may not.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset

select tests.act_as('tests_dba');
select lives_ok($$ update mcp.tools set confirm_policy = 'admin' where name = 'create_calendar_event' $$,
                'a DBA sets create_calendar_event''s default policy');
select tests.act_as_owner();
select is((select confirm_policy from mcp.tools where name = 'create_calendar_event'), 'admin', 'and it is changed');
select tests.act_as_user(:'admin');
select throws_ok($$ update mcp.tools set confirm_policy = 'none' where name = 'create_calendar_event' $$, '42501', null,
                 'an org admin may not change a tool''s default policy');
select tests.act_as_owner();

select * from finish();
rollback;
