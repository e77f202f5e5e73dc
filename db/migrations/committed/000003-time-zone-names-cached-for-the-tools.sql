--! Previous: sha1:cb5970711461ac7e540609b04582237a84754441
--! Hash: sha1:30941b67a3cc9108274b3f45a8302cbd5700f6b6
--! Message: Time zone names cached for the tools

-- IANA time-zone names for tools that take a timezone argument. pg_timezone_names reads the zone
-- files from disk on every query (tens of ms); this copy is refreshed by every migrate
-- (db/policies/mcp.time_zone_names.sql) and looked up by index.
create materialized view mcp.time_zone_names as
  select name from pg_catalog.pg_timezone_names
with no data;
create unique index time_zone_names_lower_idx on mcp.time_zone_names (lower(name));
comment on materialized view mcp.time_zone_names is
  'The IANA time-zone names PostgreSQL knows (pg_timezone_names), refreshed by every migrate; look up by lower(name).';
