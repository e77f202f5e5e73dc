-- Whether s is a UUID written the usual way, 8-4-4-4-12 hex digits in either case, as
-- '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' (case-insensitively) says,
-- without a regex: PostgreSQL's regex engine pays dearly for counted repeats (tens of thousands of
-- instructions a match, on the hot path of every tool that takes an id). sql, immutable, no SET
-- clause: the planner inlines it into its caller's expression.
create or replace function mcp.is_uuid(s text)
returns boolean
language sql
immutable parallel safe
return char_length(s) = 36 and translate(s, '0123456789abcdefABCDEF', '') = '----'
       and substr(s, 9, 1) = '-' and substr(s, 14, 1) = '-' and substr(s, 19, 1) = '-' and substr(s, 24, 1) = '-';

comment on function mcp.is_uuid(text) is
  'Whether s is a UUID in its usual 8-4-4-4-12 hex form, in either case (null for null). For internal use.';
revoke all on function mcp.is_uuid(text) from public;
grant execute on function mcp.is_uuid(text) to mcp_reader, mcp_writer;
