-- The usage log's CHECK constraints hold however a row arrives: an outcome outside the documented
-- set, or a principal other than token or grant, is refused (23514) even for the table's owner.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset

select lives_ok(format($$ insert into mcp.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us)
                         values (%L, now(), gen_random_uuid(), 't', '{}', 'ok', 1) $$, :'org'),
                'an outcome of the set is stored');
select throws_ok(format($$ insert into mcp.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us)
                          values (%L, now(), gen_random_uuid(), 't', '{}', 'bogus', 1) $$, :'org'),
                 '23514', null, 'an outcome outside the set is refused');
select throws_ok(format($$ insert into mcp.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us)
                          values (%L, now(), gen_random_uuid(), 't', '{}', null, 1) $$, :'org'),
                 '23502', null, 'a row without an outcome is refused');
select throws_ok(format($$ insert into mcp.usage_log (org_id, at, token_id, tool, arguments, outcome, duration_us, principal)
                          values (%L, now(), gen_random_uuid(), 't', '{}', 'ok', 1, 'robot') $$, :'org'),
                 '23514', null, 'a principal other than token or grant is refused');
select ok(mcp.is_usage_outcome('expired') and not mcp.is_usage_outcome('Expired') and not mcp.is_usage_outcome(''),
          'the outcome set is exact: case and empty strings do not pass');

select * from finish();
rollback;
