-- Every tool in the registry keeps the contract: its handler is STABLE, SECURITY DEFINER, owned
-- by mcp_reader, with search_path = ''; its input schema is an object with additionalProperties
-- false; its annotations say readOnlyHint true.
begin;
select plan(7);

create temp view registered as
  select t.name, t.input_schema, t.annotations, p.provolatile, p.prosecdef, pg_get_userbyid(p.proowner)::text as owner,
         coalesce('search_path=""' = any (p.proconfig), false) as empty_search_path
  from mcp.tools t join pg_proc p on p.oid = t.handler;

select cmp_ok((select count(*) from registered), '>=', 1::bigint, 'at least one tool is registered');
select is_empty($$ select name from registered where provolatile <> 's' $$, 'every handler is STABLE');
select is_empty($$ select name from registered where not prosecdef $$, 'every handler is SECURITY DEFINER');
select is_empty($$ select name from registered where owner <> 'mcp_reader' $$, 'every handler is owned by mcp_reader');
select is_empty($$ select name from registered where not empty_search_path $$, 'every handler sets search_path = ''''');
select is_empty($$ select name from registered
                   where input_schema ->> 'type' is distinct from 'object'
                      or input_schema -> 'additionalProperties' is distinct from 'false'::jsonb $$,
                'every input schema is of type object with additionalProperties false');
select is_empty($$ select name from registered where annotations -> 'readOnlyHint' is distinct from 'true'::jsonb $$,
                'every tool is annotated readOnlyHint true');

select * from finish();
rollback;
