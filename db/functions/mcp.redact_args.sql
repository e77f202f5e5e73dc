-- What the usage log keeps of the arguments: sensitive ones replaced, long strings cut, and the
-- whole capped, so that a log row stays small whatever a client sends.
create or replace function mcp.redact_args(args jsonb, sensitive_args text[])
returns jsonb
language sql
immutable parallel safe
set search_path = ''
as $$
  with cleaned as (
    select case
      when jsonb_typeof(args) is distinct from 'object' then args
      else coalesce((
        select jsonb_object_agg(left(k, 100), case
          when k = any (sensitive_args) then '"[redacted]"'::jsonb
          when jsonb_typeof(v) = 'string' and char_length(v #>> '{}') > 200
            then to_jsonb(left(v #>> '{}', 200) || '…')
          else v end)
        from jsonb_each(args) as e (k, v)), '{}'::jsonb)
      end as a
  )
  select case when octet_length(a::text) > 4096
              then jsonb_build_object('_truncated', true, '_bytes', octet_length(a::text))
              else a end
  from cleaned
$$;

comment on function mcp.redact_args(jsonb, text[]) is
  'The arguments as the usage log stores them: values of sensitive_args as "[redacted]", strings over 200 '
  'characters cut, and anything over 4 kB replaced by {"_truncated": true, "_bytes": n}.';
revoke all on function mcp.redact_args(jsonb, text[]) from public;
