-- The client's ip for the usage log (mcp.client_ip): inet's own reading of a bare address, NULL for
-- anything else, never an error. A dotted-decimal IPv4 address (also IPv4-mapped, as Node reports
-- a client on a dual-stack socket) is cast in the statement itself; everything else goes through
-- mcp.client_address, whose error-catching block costs a subtransaction.
begin;
select plan(4);

select results_eq(
  $$ select mcp.client_ip(jsonb_build_object('ip', x)) from unnest(array[
       '203.0.113.7', '0.0.0.0', '255.255.255.255', '256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '10',
       '::1', '::ffff:127.0.0.1', '::ffff:999.0.0.1', '2001:db8::1', 'fe80::1%eth0', '1.2.3.4/24', ' 1.2.3.4',
       '1.2.3.4 ', E'1.2.3.4\n', '', '1', 'ab', '::', '1.2.3.04', '127.000.000.001', '::FFFF:1.2.3.4', 'a.b.c.d',
       '1..2.3', repeat('1', 46)]) with ordinality as t (x, i) order by i $$,
  $$ values ('203.0.113.7'::inet), ('0.0.0.0'), ('255.255.255.255'), (null), ('1.2.3.4'), (null), (null), (null),
       ('::1'), ('::ffff:127.0.0.1'), (null), ('2001:db8::1'), (null), (null), (null),
       (null), (null), (null), (null), (null), ('::'), ('1.2.3.4'), ('127.0.0.1'), ('::ffff:1.2.3.4'), (null),
       (null), (null) $$,
  'addresses as inet reads them; a netmask, a zone, spaces, a newline, bad octets: NULL'
);
select results_eq(
  $$ select mcp.client_ip(c) from (values ('{"ip": 12345}'::jsonb), ('{"ip": null}'), ('{"ip": ["1.2.3.4"]}'), ('{}'), ('"1.2.3.4"'), (null)) v (c) $$,
  $$ values (null::inet), (null), (null), (null), (null), (null) $$,
  'no ip, a JSON null, a number, an array, facts that are not an object: NULL'
);

-- the cast's error is caught in mcp.client_address alone, which what the shim sends never reaches
set local track_functions = 'all';
create temporary view address_calls as
  select coalesce(sum(calls), 0)::integer as n from pg_stat_xact_user_functions where schemaname = 'mcp' and funcname = 'client_address';
select n as before from address_calls \gset
select mcp.client_ip(jsonb_build_object('ip', x)) from unnest(array['127.0.0.1', '::ffff:10.1.2.3', '203.0.113.255']) x;
select is((select n - :before from address_calls), 0, 'IPv4 addresses are cast without the error-catching function');
select mcp.client_ip(jsonb_build_object('ip', x)) from unnest(array['::1', '999.1.2.3']) x;
select is((select n - :before from address_calls), 2, 'anything else goes through it');

select * from finish();
rollback;
