-- JSON as a client sent it (type json keeps the text as written) turned into jsonb, which cannot
-- hold every JSON string: \u0000 (NUL) has no place in PostgreSQL text, and an unpaired UTF-16
-- surrogate (\ud800) is no character at all. Rather than fail before the pipeline can answer and
-- log, such strings are replaced by their JSON source text (what the client sent, escapes kept)
-- and their paths reported. Only the failing case walks the value.
create or replace function mcp.json_to_jsonb(
  j json,
  path text default '',
  out value jsonb,
  out bad_paths text[]
)
language plpgsql
immutable parallel safe
set search_path = ''
as $$
declare
  k text;
  v json;
  i integer := 0;
  part record;
begin
  if strpos(j::text, '\u') = 0 then -- no escape at all (the usual case): nothing to trap
    value := j::jsonb;
    return;
  end if;
  begin
    value := j::jsonb;
    return;
  exception when untranslatable_character or invalid_text_representation or character_not_in_repertoire then
    -- walked below
  end;
  bad_paths := '{}';
  case json_typeof(j)
    when 'object' then
      value := '{}';
      begin
        for k, v in select e.key, e.value from json_each(j) e loop
          part := mcp.json_to_jsonb(v, case when path = '' then k else path || '.' || k end);
          value := value || jsonb_build_object(k, part.value);
          bad_paths := bad_paths || part.bad_paths;
        end loop;
      exception when untranslatable_character or invalid_text_representation or character_not_in_repertoire then
        -- a key itself cannot be text: keep the whole object as its source text
        value := to_jsonb(j::text);
        bad_paths := array[path];
      end;
    when 'array' then
      value := '[]';
      for v in select e from json_array_elements(j) e loop
        part := mcp.json_to_jsonb(v, path || '[' || i || ']');
        value := value || jsonb_build_array(part.value);
        bad_paths := bad_paths || part.bad_paths;
        i := i + 1;
      end loop;
    else
      value := to_jsonb(j::text);
      bad_paths := array[path];
  end case;
end
$$;

comment on function mcp.json_to_jsonb(json, text) is
  'json -> jsonb that never fails on content: strings jsonb cannot hold (\u0000, an unpaired UTF-16 surrogate) '
  'become their JSON source text, and bad_paths lists where they were (argument paths such as query, '
  'filter.name, ids[2]; '''' for the value itself). bad_paths is null when the value converted as it is.';
revoke all on function mcp.json_to_jsonb(json, text) from public;
