-- The usage log's rules hold however a row arrives: an outcome outside the documented set, or a
-- principal other than token or grant, is refused (23514, the columns' domains) even for the
-- table's owner, in every partition.
begin;
select plan(8);

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
select ok('expired'::mcp.usage_outcome = 'expired', 'the domain takes an outcome of the set');
select throws_ok($$ select 'Expired'::mcp.usage_outcome $$, '23514', null, 'the outcome set is exact: case matters');
select throws_ok($$ select ''::mcp.usage_outcome $$, '23514', null, 'the outcome set is exact: an empty string does not pass');
select throws_ok(format($$ insert into mcp.usage_log_default (org_id, at, token_id, tool, arguments, outcome, duration_us)
                          values (%L, now() - interval '30 years', gen_random_uuid(), 't', '{}', 'bogus', 1) $$, :'org'),
                 '23514', null, 'a partition refuses an outcome outside the set too, written to directly');

select * from finish();
rollback;
