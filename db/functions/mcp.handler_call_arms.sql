-- The arms of a generated dispatch (mcp.handler_call, mcp.args_checked) for keys[lo..hi] (sorted
-- in byte order) and what each returns (an expression over the function's arguments): a binary
-- search, ending in an equality test per key (a range of one or two keys).
create or replace function mcp.handler_call_arms(keys text[], calls text[], lo integer, hi integer, indent text)
returns text
language plpgsql
immutable
set search_path = ''
as $$
declare
  mid integer := (lo + hi + 1) / 2;
begin
  if lo > hi then
    return null;
  elsif hi - lo < 2 then
    return (select string_agg(format('%sif key = %L then return %s; end if;', indent, keys[i], calls[i]), e'\n' order by i)
            from generate_series(lo, hi) i);
  end if;
  return format(e'%1$sif key collate "C" < %2$L then\n%3$s\n%1$selse\n%4$s\n%1$send if;', indent, keys[mid],
                mcp.handler_call_arms(keys, calls, lo, mid - 1, indent || '  '),
                mcp.handler_call_arms(keys, calls, mid, hi, indent || '  '));
end
$$;

comment on function mcp.handler_call_arms(text[], text[], integer, integer, text) is
  'For mcp.handler_call_build: the binary search over keys[lo..hi] (byte order) that returns the expression calls[i] '
  'for keys[i].';
revoke all on function mcp.handler_call_arms(text[], text[], integer, integer, text) from public;
