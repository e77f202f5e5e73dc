--! Previous: sha1:341b0ea24181ecfb38d3763313bca0a0cc4d9437
--! Hash: sha1:4f69bfd4bf9e97a1af31d6a81e3d7ff8d044add9
--! Message: rate buckets pruned early: fillfactor 10 on mcp.rate_buckets

-- Rate buckets pruned early. Every call writes its token's bucket row, so the page that holds it
-- fills with dead versions, and PostgreSQL prunes a page only once its free space falls under the
-- larger of 10% of the page and what the fillfactor keeps free. At the default (100) a bucket's
-- page carries ~100 dead versions before a prune, and every call's read of the bucket (the
-- pipeline's lookup, its take) steps over them: ~20-27k instructions of a ~0.9M call (callgrind,
-- A/B pairs). At 10 the page is pruned once it is a tenth full (~12 versions), and a new bucket is
-- placed in a page with room to spare; an UNLOGGED table of a row per token and org, so the space
-- is small and the pruning writes no WAL.
alter table mcp.rate_buckets set (fillfactor = 10);
