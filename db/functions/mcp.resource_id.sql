-- The id a resources/read handler gets, as the uuid the domain tables key on: an id that is no
-- uuid names no resource (P0002, like an id of another org), rather than a cast error.
create or replace function mcp.resource_id(args jsonb)
returns uuid
language plpgsql
immutable parallel safe
set search_path = ''
as $$
begin
  if mcp.is_uuid(args ->> 'id') then
    return (args ->> 'id')::uuid;
  end if;
  raise exception 'no resource with id "%"', left(coalesce(args ->> 'id', ''), 100)
    using errcode = 'P0002', hint = 'Call resources/list for the resources this token may read.';
end
$$;

comment on function mcp.resource_id(jsonb) is
  'The uuid in a read handler''s {id}; P0002 (not found) when it is not a uuid.';
revoke all on function mcp.resource_id(jsonb) from public;
grant execute on function mcp.resource_id(jsonb) to mcp_reader;
