-- Every call writes its token's bucket row, and every call reads it: mcp.rate_buckets keeps its
-- pages mostly free (fillfactor 10), so that PostgreSQL prunes a page's dead versions once it is a
-- tenth full rather than nearly full (pruning itself needs committed transactions, which a test
-- inside one cannot show; where rows go shows the setting at work).
begin;
select plan(2);

select ok((select 'fillfactor=10' = any (reloptions) from pg_class where oid = 'mcp.rate_buckets'::regclass),
          'mcp.rate_buckets has fillfactor 10');

-- forty new buckets (the table holds a row per token): a page takes about a tenth of its size in
-- rows (~12 of these), so they spread over at least four pages, where at fillfactor 100 one would do
insert into mcp.rate_buckets (org_id, token_id, tat)
select gen_random_uuid(), gen_random_uuid(), now() from generate_series(1, 40);
select cmp_ok((select count(distinct (ctid::text::point)[0])::integer from mcp.rate_buckets where xmin::text = txid_current()::text),
              '>=', 4, 'forty new buckets are spread over at least four pages');

select * from finish();
rollback;
