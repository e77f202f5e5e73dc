-- Every call writes its token's bucket row, and every call reads it: mcp.rate_buckets keeps its
-- pages mostly free (fillfactor 10), so that PostgreSQL prunes a page's dead versions once it is a
-- tenth full rather than nearly full (pruning itself needs committed transactions, which a test
-- inside one cannot show; where rows go shows the setting at work).
begin;
select plan(2);

select ok((select 'fillfactor=10' = any (reloptions) from pg_class where oid = 'mcp.rate_buckets'::regclass),
          'mcp.rate_buckets has fillfactor 10');

-- forty new buckets (the table holds a row per token): a page takes new rows only while it is
-- under a tenth full, ~11 of these in 8 kB, where at fillfactor 100 one page would take them all
insert into mcp.rate_buckets (org_id, token_id, tat)
select gen_random_uuid(), gen_random_uuid(), now() from generate_series(1, 40);
select cmp_ok((select max(n)::integer from (
                 select count(*) as n from mcp.rate_buckets where xmin = pg_current_xact_id()::xid
                 group by (ctid::text::point)[0]) pages),
              '<=', 12 * current_setting('block_size')::integer / 8192,
              'no page takes more new buckets than a tenth of it holds');

select * from finish();
rollback;
