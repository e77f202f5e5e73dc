-- app.data_row_values_check, shared by insert_data_row and update_data_row: reads the table through
-- the caller's RLS (another org's table is P0002 for the handlers' roles), accepts each column type's
-- values and null, and is executable by the previews' and handlers' owners only.
begin;
select plan(9);

select tests.create_org('A') as a \gset
select tests.create_org('B') as b \gset
insert into app.data_tables (org_id, id, name, columns) values
  (:'a', 'a0000000-0000-4000-8000-00000000000a', 'T', '[{"name": "t", "type": "text"}, {"name": "n", "type": "number"},
     {"name": "b", "type": "boolean"}, {"name": "d", "type": "date"}, {"name": "j", "type": "json"}, {"name": "u"}]'),
  (:'b', 'a0000000-0000-4000-8000-00000000000b', 'T', '[{"name": "t", "type": "text"}]');
select set_config('mcp.org_id', :'a', true);

select tests.act_as('mcp_writer');
select is((select table_name from app.data_row_values_check('a0000000-0000-4000-8000-00000000000a',
             '{"t": "x", "n": -1.5e3, "b": false, "d": "2024-02-29", "j": [1, {"k": null}], "u": {"any": 1}}')),
          'T', 'as mcp_writer: a value of each type, and any value for a column without a type');
select is((select table_name from app.data_row_values_check('a0000000-0000-4000-8000-00000000000a',
             '{"t": null, "n": null, "b": null, "d": null, "j": null}')), 'T', 'null for every type');
select throws_ok($$ select app.data_row_values_check('a0000000-0000-4000-8000-00000000000a', '{"d": "2023-02-29"}') $$,
                 '22023', null, 'a day that does not exist: 22023');
select throws_ok($$ select app.data_row_values_check('a0000000-0000-4000-8000-00000000000a', '{"d": "2024-2-9"}') $$,
                 '22023', null, 'a date not written YYYY-MM-DD: 22023');
select throws_ok($$ select app.data_row_values_check('a0000000-0000-4000-8000-00000000000b', '{"t": "x"}') $$,
                 'P0002', null, 'as mcp_writer, another org''s table: P0002');
select tests.act_as('mcp_reader');
select throws_ok($$ select app.data_row_values_check('a0000000-0000-4000-8000-00000000000b', '{"t": "x"}') $$,
                 'P0002', null, 'as mcp_reader too');
select tests.act_as_owner();

select function_privs_are('app', 'data_row_values_check', array['uuid', 'jsonb'], 'mcp_writer', array['EXECUTE'],
                          'mcp_writer (the handlers) may execute it');
select function_privs_are('app', 'data_row_values_check', array['uuid', 'jsonb'], 'mcp_reader', array['EXECUTE'],
                          'mcp_reader (the previews) may execute it');
select function_privs_are('app', 'data_row_values_check', array['uuid', 'jsonb'], 'mcp_gateway', array[]::text[],
                          'the gateway may not');

select * from finish();
rollback;
