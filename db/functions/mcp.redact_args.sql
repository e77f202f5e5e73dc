-- What the usage log keeps of the arguments: sensitive ones replaced, long strings cut, and the
-- whole capped, so that a log row stays small whatever a client sends. SQL, inlined into the
-- statement that writes the row (every call's): none, or under 100 bytes of JSON without a
-- sensitive one (nearly every call: 100 bytes hold no key of over 100 characters and no string of
-- over 200), are kept there as they are; only the others cost mcp.redact_args_walk's call (~7k
-- instructions, ~85k more for its jsonb_each). A string body, so that it may come before the
-- function it calls when the files are applied.
create or replace function mcp.redact_args(args jsonb, sensitive_args text[])
returns jsonb
language sql
immutable parallel safe
as $$
  select case when args is null or args = '{}' or (not args ?| sensitive_args and octet_length(args::text) <= 100) then args
              else mcp.redact_args_walk(args, sensitive_args) end
$$;

comment on function mcp.redact_args(jsonb, text[]) is
  'The arguments as the usage log stores them: values of sensitive_args as "[redacted]", strings over 200 '
  'characters cut, and anything over 4 kB replaced by {"_truncated": true, "_bytes": n}.';
revoke all on function mcp.redact_args(jsonb, text[]) from public;
