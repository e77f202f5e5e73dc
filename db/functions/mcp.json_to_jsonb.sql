-- JSON as a client sent it (type json keeps the text as written) turned into jsonb, which cannot
-- hold every JSON string: \u0000 (NUL) has no place in PostgreSQL text, and an unpaired UTF-16
-- surrogate (\ud800) is no character at all. Rather than fail before the pipeline can answer and
-- log, such escapes are kept as text (the six characters \u0000, as the client wrote them) and the
-- paths of the strings holding them reported. PostgreSQL's json functions cannot walk such a value
-- (they de-escape every string), so the escapes are found in the text: a real escape is a \u after
-- an even run of backslashes. Only input with a \u escape pays for more than the cast.
create or replace function mcp.json_to_jsonb(
  j json,
  out value jsonb,
  out bad_paths text[]
)
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: it runs on every call, and a SET costs a settings save and restore each time; only
-- definer functions need one, and the callers (entry points) run with search_path = ''
as $$
declare
  escaped text;
begin
  if strpos(j::text, '\u') = 0 then -- no escape at all (the usual case): nothing to trap
    value := j::jsonb;
    return;
  end if;
  begin
    value := j::jsonb;
    return;
  exception when untranslatable_character or invalid_text_representation or character_not_in_repertoire then
    -- found below
  end;
  -- \u0000 and a high surrogate without its low one; then a low one without its high one
  escaped := regexp_replace(j::text,
    '(?<!\\)((?:\\\\)*)\\u(0000|d[89ab][0-9a-f]{2}(?!\\ud[c-f][0-9a-f]{2}))', '\1\\\\u\2', 'gi');
  escaped := regexp_replace(escaped,
    '(?<!\\)((?:\\\\)*)(?<!\\ud[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})', '\1\\\\u\2', 'gi');
  begin
    value := escaped::jsonb;
  exception when untranslatable_character or invalid_text_representation or character_not_in_repertoire then
    value := to_jsonb(j::text); -- some other escape this database cannot hold: keep the whole source
    bad_paths := array[''];
    return;
  end;
  with recursive walk (path, v) as (
    select '', value
    union all
    select c.path, c.v
    from walk w
    cross join lateral (
      select case when w.path = '' then e.key else w.path || '.' || e.key end, e.value
      from jsonb_each(case when jsonb_typeof(w.v) = 'object' then w.v else '{}' end) e
      union all
      select w.path || '[' || (a.n - 1) || ']', a.e
      from jsonb_array_elements(case when jsonb_typeof(w.v) = 'array' then w.v else '[]' end) with ordinality a (e, n)
    ) c (path, v)
  )
  select coalesce(array_agg(w.path order by w.path), array['']) into bad_paths
  from walk w
  where jsonb_typeof(w.v) = 'string' and w.v #>> '{}' ~* '\\u(0000|d[89a-f][0-9a-f]{2})';
end
$$;

comment on function mcp.json_to_jsonb(json) is
  'json -> jsonb that never fails on content: escapes jsonb cannot hold (\u0000, an unpaired UTF-16 surrogate) '
  'are kept as text (the six characters \u0000), and bad_paths lists the strings that held them (argument paths '
  'such as query, filter.name, ids[2]; '''' for the value itself). bad_paths is null when the value converted as it is.';
revoke all on function mcp.json_to_jsonb(json) from public;
