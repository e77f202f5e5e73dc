--! Previous: sha1:6c4d7183e056bc01e7019a0103bb58abf74c2175
--! Hash: sha1:4dd0134542622c8ceda76c79bb0f412d48e79321
--! Message: the tool registry uncompressed: toast_tuple_target 8160 on mcp.tools, compressed rows rewritten

-- The tool registry uncompressed. A tools row is ~1-3 kB (a description and two JSON Schemas), and
-- PostgreSQL compresses a row over ~2 kB: every call then decompressed its tool's input schema
-- once per use (validate_args reads it several times; ~30k instructions a call of
-- query_data_table, callgrind), and tools/list every schema. With the target at its maximum a row
-- is left as it is up to 8160 bytes; a larger one is still compressed (and moved out of line)
-- as before. The rows compressed so far are rewritten uncompressed: the same values.
alter table mcp.tools set (toast_tuple_target = 8160);
update mcp.tools
set description = description || '', input_schema = input_schema || '{}'::jsonb, output_schema = output_schema || '{}'::jsonb
where pg_catalog.pg_column_compression(description) is not null
   or pg_catalog.pg_column_compression(input_schema) is not null
   or pg_catalog.pg_column_compression(output_schema) is not null;
