--! Previous: sha1:5a484d4f315469cbdae45e9584021379560ef604
--! Hash: sha1:9b4a0e7e38f1b3e295edcc971978c12956a4cb16
--! Message: Rate-limit buckets unlogged: no WAL for state that a crash may reset

-- Rate-limit buckets need no WAL: they are state for the next minute, not a record. UNLOGGED saves
-- a WAL write (and its flush at commit) on every tools/call; after a crash PostgreSQL empties the
-- table, which resets every limit once, and a standby has no buckets (a failover starts them
-- afresh). The usage log, the record of every call, stays logged.
alter table mcp.rate_buckets set unlogged;
comment on table mcp.rate_buckets is
  'GCRA rate-limit state, one row per token (token_id) and per org with a ceiling (token_id null). '
  'Written only by the pipeline, one atomic upsert per check. UNLOGGED: a crash or failover resets the limits.';
