-- JSON as a client sent it (type json keeps the text as written) turned into jsonb, which cannot
-- hold every JSON value: \u0000 (NUL) has no place in PostgreSQL text, an unpaired UTF-16
-- surrogate (\ud800) is no character at all, and numeric holds no number such as 1e1000000. Rather
-- than fail before the pipeline can answer and log, such escapes are kept as text (the six
-- characters \u0000, as the client wrote them), such numbers as strings of their source, and the
-- paths of the values holding them reported. PostgreSQL's json functions cannot walk such a value
-- (they de-escape every string), so the escapes are found in the text: a real escape is a \u after
-- an even run of backslashes. Only input mcp.json_is_plain cannot vouch for pays for more than the cast.
create or replace function mcp.json_to_jsonb(
  j json,
  out value jsonb,
  out bad_paths text[],
  out bad_numbers text[] -- those of bad_paths that hold such a number (null: none)
)
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: it runs on every call, and a SET costs a settings save and restore each time; only
-- definer functions need one, and the callers (entry points) run with search_path = ''
as $$
declare
  escaped text;
begin
  if mcp.json_is_plain(j::text) then -- the usual case: nothing to trap
    value := j::jsonb;
    return;
  end if;
  begin
    value := j::jsonb;
    return;
  exception when untranslatable_character or invalid_text_representation or character_not_in_repertoire
                 or numeric_value_out_of_range then
    -- found below
  end;
  escaped := j::text;
  if strpos(escaped, '\u') > 0 then
    -- \u0000 and a high surrogate without its low one; then a low one without its high one
    escaped := regexp_replace(escaped,
      '(?<!\\)((?:\\\\)*)\\u(0000|d[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2}))', '\1\\\\u\2', 'gi');
    escaped := regexp_replace(escaped,
      '(?<!\\)((?:\\\\)*)(?<!\\ud[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})', '\1\\\\u\2', 'gi');
  end if;
  begin
    begin
      value := escaped::jsonb;
    exception when numeric_value_out_of_range then
      value := mcp.json_rebuild(escaped::json); -- such numbers as strings of their source
    end;
  exception when untranslatable_character or invalid_text_representation or character_not_in_repertoire
                 or statement_too_complex then
    -- some other escape this database cannot hold, or such a number nested too deep for the
    -- rebuild (one call per level): keep the whole source
    value := to_jsonb(j::text);
    bad_paths := array[''];
    return;
  end;
  -- the walk costs with the number of values times their depth (each value's path is built and
  -- looked up whole), which a body of deeply nested escapes could make seconds: past 16 KB the
  -- values are not searched, and '*' (no value's path) says only that some value held one
  if octet_length(escaped) > 16384 then
    bad_paths := array['*'];
    return;
  end if;
  -- walked as json (its numbers as written), beside the jsonb, whose value at the same keys is
  -- the one kept (of duplicate keys, the last): a value counts only where it is the kept one
  with recursive walk (path, keys, v) as (
    select '', '{}'::text[], escaped::json
    union all
    select c.path, c.keys, c.v
    from walk w
    cross join lateral (
      select case when w.path = '' then e.key else w.path || '.' || e.key end, w.keys || e.key, e.value
      from json_each(case when json_typeof(w.v) = 'object' then w.v else '{}' end) e
      union all
      select w.path || '[' || (a.n - 1) || ']', w.keys || (a.n - 1)::text, a.e
      from json_array_elements(case when json_typeof(w.v) = 'array' then w.v else '[]' end) with ordinality a (e, n)
    ) c (path, keys, v)
  ),
  bad (path, number) as (
    select distinct w.path, json_typeof(w.v) = 'number'
    from walk w
    where jsonb_typeof(value #> w.keys) = 'string'
      and ((json_typeof(w.v) = 'string' and value #>> w.keys ~* '\\u(0000|d[89a-f][0-9a-f]{2})')
           or (json_typeof(w.v) = 'number' and value #>> w.keys = w.v::text))
  )
  select coalesce((select array_agg(b.path order by b.path) from bad b), array['']),
         (select array_agg(b.path order by b.path) from bad b where b.number)
  into bad_paths, bad_numbers;
end
$$;

comment on function mcp.json_to_jsonb(json) is
  'json -> jsonb that never fails on content: escapes jsonb cannot hold (\u0000, an unpaired UTF-16 surrogate) '
  'are kept as text (the six characters \u0000), numbers numeric cannot hold (1e1000000) as strings of their '
  'source, and bad_paths lists the values that held them (argument paths '
  'such as query, filter.name, ids[2]; '''' for the value itself; ''*'' alone for a value over 16 KB, whose values '
  'are not searched), bad_numbers those of them that held such a number. Both are null when the value converted as it is.';
revoke all on function mcp.json_to_jsonb(json) from public;
