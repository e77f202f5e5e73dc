--! Previous: sha1:4f69bfd4bf9e97a1af31d6a81e3d7ff8d044add9
--! Hash: sha1:7f58b72ca7c1a7076584d351fb4ad4afdfc4ed7b
--! Message: json_to_jsonb names the numbers among its bad paths: out bad_numbers, a new result type

-- mcp.json_to_jsonb says which bad paths hold a number numeric cannot hold (out bad_numbers), so
-- that an answer can say which kind of value it refused: a new OUT parameter is a new result
-- type, which CREATE OR REPLACE cannot give. db/functions/mcp.json_to_jsonb.sql creates it again
-- right after the migrations (its callers are PL/pgSQL, bound at run time).
drop function if exists mcp.json_to_jsonb(json);
