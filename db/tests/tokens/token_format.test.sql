-- The token format: CRC-32 and base62 building blocks give standard answers, and generated tokens
-- are distinct, 42 characters of p88_ + 38 base62, with a matching checksum.
begin;
select plan(9);

select is(mcp.crc32(convert_to('123456789', 'UTF8')), 3421780262::bigint, 'crc32 gives the CRC-32 check value');
select is(mcp.crc32(''::bytea), 0::bigint, 'crc32 of no bytes is 0');
select is(mcp.base62_encode(61, 2), '0z', 'base62 61 in 2 digits');
select is(mcp.base62_encode(62, 2), '10', 'base62 62 in 2 digits');
select throws_ok($$ select mcp.base62_encode(3844, 2) $$, '22023', null, '62^2 does not fit in 2 digits');

create temp table generated on commit drop as
  select mcp.token_generate() as token from generate_series(1, 200);

select is((select count(distinct token) from generated), 200::bigint, '200 generated tokens are all distinct');
select is_empty($$ select token from generated where length(token) <> 42 $$, 'every token is 42 characters');
select is_empty($$ select token from generated where token !~ '^p88_[0-9A-Za-z]{38}$' $$,
                'every token is p88_ + 38 base62 characters');
select is_empty($$ select token from generated where not mcp.token_is_well_formed(token) $$,
                'every token passes mcp.token_is_well_formed');

select * from finish();
rollback;
