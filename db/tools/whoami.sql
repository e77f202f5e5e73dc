-- Tool whoami: what the calling token is, may do and has left.
create or replace function mcp_tools.whoami(args jsonb)
returns jsonb
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  tok record;
  org record;
  org_limit integer;
  at timestamptz := clock_timestamp();
begin
  -- mcp_reader sees exactly the calling token and its org (RLS), never another
  select k.id, k.name, k.token_prefix, k.allowed_tools, k.scopes, k.rate_limit_per_minute, k.expires_at into tok
  from public.mcp_tokens k where k.id = mcp.current_token_id();
  if tok.id is null then -- an OAuth user's grant
    select g.id, 'OAuth ' || g.subject as name, '' as token_prefix, g.allowed_tools, g.scopes, g.rate_limit_per_minute,
           null::timestamptz as expires_at into tok
    from public.mcp_grants g where g.id = mcp.current_token_id();
  end if;
  select o.id, o.name into org from app.orgs o where o.id = mcp.current_org_id();
  if tok.id is null or org.id is null then
    raise exception 'whoami runs only inside a tool call' using errcode = 'P0002';
  end if;
  select l.rate_limit_per_minute into org_limit from mcp.org_limits l where l.org_id = org.id;
  -- the pipeline charges this call once the tool has run: what is left after it is one less
  return jsonb_build_object(
    'token', jsonb_build_object(
      'id', tok.id, 'name', tok.name, 'prefix', tok.token_prefix, 'allowed_tools', to_jsonb(tok.allowed_tools),
      'scopes', to_jsonb(tok.scopes),
      'rate_limit_per_minute', tok.rate_limit_per_minute,
      'remaining_this_minute', greatest(0, mcp.rate_remaining(org.id, tok.id, tok.rate_limit_per_minute, at) - 1),
      'expires_at', tok.expires_at),
    'org', jsonb_build_object(
      'id', org.id, 'name', org.name, 'rate_limit_per_minute', org_limit,
      'remaining_this_minute', case when org_limit is not null then greatest(0, mcp.rate_remaining(org.id, null, org_limit, at) - 1) end));
end
$$;

comment on function mcp_tools.whoami(jsonb) is 'Handler of the whoami tool (see mcp.tools).';
revoke all on function mcp_tools.whoami(jsonb) from public;

select mcp.tool_register(
  name => 'whoami',
  title => 'Who am I',
  description => 'Describes the token (or OAuth sign-in) making this call: its name, prefix, the tools it may call (allowed_tools, * '
    'means all), its scopes (mcp:read; mcp:write lets it call the write tools), its rate limit per minute and the calls left after this one, its expiry, and the organisation it can '
    'see (with the org-wide ceiling, if any). Takes no arguments.',
  handler => 'mcp_tools.whoami(jsonb)',
  input_schema => '{"type": "object", "properties": {}, "additionalProperties": false}',
  output_schema => $json${
    "type": "object",
    "properties": {
      "token": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"}, "prefix": {"type": "string"},
        "allowed_tools": {"type": "array", "items": {"type": "string"}},
        "scopes": {"type": "array", "items": {"type": "string", "enum": ["mcp:read", "mcp:write"]}},
        "rate_limit_per_minute": {"type": "integer"}, "remaining_this_minute": {"type": "integer"},
        "expires_at": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]}},
        "required": ["id", "name", "prefix", "allowed_tools", "scopes", "rate_limit_per_minute", "remaining_this_minute"]},
      "org": {"type": "object", "properties": {
        "id": {"type": "string", "format": "uuid"}, "name": {"type": "string"},
        "rate_limit_per_minute": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        "remaining_this_minute": {"anyOf": [{"type": "integer"}, {"type": "null"}]}},
        "required": ["id", "name"]}
    },
    "required": ["token", "org"]
  }$json$
);
