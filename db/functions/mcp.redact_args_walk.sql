-- mcp.redact_args's way for arguments it cannot pass through as they are: sensitive ones replaced,
-- long strings cut, and the whole capped, so that a log row stays small whatever a client sends.
-- plpgsql, not sql: a non-inlined sql function is planned anew each time (PostgreSQL < 18).
create or replace function mcp.redact_args_walk(args jsonb, sensitive_args text[])
returns jsonb
language plpgsql
immutable parallel safe
-- no SET clause: on the hot path a SET costs a settings save and restore per call; callers run
-- with search_path = '' (the definer entry points and handlers) and names are qualified
as $$
declare
  cleaned jsonb;
begin
  if jsonb_typeof(args) <> 'object' then
    cleaned := args;
  else
    select coalesce(jsonb_object_agg(left(e.k, 100), case
             when e.k = any (sensitive_args) then '"[redacted]"'::jsonb
             when jsonb_typeof(e.v) = 'string' and char_length(e.v #>> '{}') > 200
               then to_jsonb(left(e.v #>> '{}', 200) || '…')
             else e.v end), '{}'::jsonb)
    into cleaned
    from jsonb_each(args) as e (k, v);
  end if;
  if octet_length(cleaned::text) > 4096 then
    return jsonb_build_object('_truncated', true, '_bytes', octet_length(cleaned::text));
  end if;
  return cleaned;
end
$$;

comment on function mcp.redact_args_walk(jsonb, text[]) is
  'mcp.redact_args for arguments that hold a sensitive one or over 100 bytes of JSON: values of sensitive_args as '
  '"[redacted]", strings over 200 characters cut, anything over 4 kB replaced by {"_truncated": true, "_bytes": n}. '
  'For internal use.';
revoke all on function mcp.redact_args_walk(jsonb, text[]) from public;
