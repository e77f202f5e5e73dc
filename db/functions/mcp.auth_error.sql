create or replace function mcp.auth_error()
returns jsonb
language sql
immutable parallel safe
set search_path = ''
as $$
  select jsonb_build_object('error', jsonb_build_object(
    'sqlstate', '28000',
    'message', 'invalid token',
    'hint', 'The token is missing, malformed, unknown, revoked or expired; ask an admin of your organisation for a new one.'))
$$;

comment on function mcp.auth_error() is
  'The entry points'' answer to a bad token: {"error": {"sqlstate": "28000", "message": "invalid token", ...}}, '
  'the same whatever was wrong with it.';
revoke all on function mcp.auth_error() from public;
