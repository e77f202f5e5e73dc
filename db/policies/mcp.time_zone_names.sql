revoke all on table mcp.time_zone_names from public;
grant select on table mcp.time_zone_names to mcp_reader;
refresh materialized view mcp.time_zone_names;
