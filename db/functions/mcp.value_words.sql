-- A JSON value as write previews show it to the person confirming: a string quoted (and cut to
-- max_chars, ending in …), null as "empty", numbers and booleans as written, objects and arrays as
-- JSON (cut too).
create or replace function mcp.value_words(val jsonb, max_chars integer default 60)
returns text
language sql
immutable parallel safe
-- no SET clause: callers are definer functions running with search_path = ''
as $$
  select case
    when val is null or val = 'null'::jsonb then 'empty'
    when jsonb_typeof(val) = 'string' then pg_catalog.quote_literal(
      case when char_length(val #>> '{}') > max_chars then left(val #>> '{}', max_chars - 1) || '…' else val #>> '{}' end)
    when char_length(val::text) > max_chars then left(val::text, max_chars - 1) || '…'
    else val::text
  end
$$;

comment on function mcp.value_words(jsonb, integer) is
  'A value in a write preview''s words: a string quoted and cut to max_chars (…), null as empty, other JSON as '
  'written (cut). E.g. ''Ada'', 42, true, empty.';
revoke all on function mcp.value_words(jsonb, integer) from public;
grant execute on function mcp.value_words(jsonb, integer) to mcp_reader, mcp_writer;
