-- Every tool in the registry keeps the contract: its handler is SECURITY DEFINER with
-- search_path = ''; a read tool's handler is STABLE, owned by mcp_reader, annotated readOnlyHint
-- true; a write tool's handler is VOLATILE, owned by mcp_writer, with a STABLE preview owned by
-- mcp_reader, a default confirmation policy, and the hints of a write; every input schema is an
-- object with additionalProperties false.
begin;
select plan(13);

create temp view registered as
  select t.name, t.effect, t.confirm_policy, t.input_schema, t.annotations, p.provolatile, p.prosecdef,
         pg_get_userbyid(p.proowner)::text as owner,
         coalesce('search_path=""' = any (p.proconfig), false) as empty_search_path,
         v.provolatile as preview_volatile, v.prosecdef as preview_definer, pg_get_userbyid(v.proowner)::text as preview_owner,
         coalesce('search_path=""' = any (v.proconfig), false) as preview_empty_search_path
  from mcp.tools t join pg_proc p on p.oid = t.handler left join pg_proc v on v.oid = t.preview_handler;

select cmp_ok((select count(*) from registered where effect = 'read'), '>=', 1::bigint, 'at least one read tool is registered');
select cmp_ok((select count(*) from registered where effect <> 'read'), '>=', 1::bigint, 'at least one write tool is registered');
select is_empty($$ select name from registered where not prosecdef $$, 'every handler is SECURITY DEFINER');
select is_empty($$ select name from registered where not empty_search_path $$, 'every handler sets search_path = ''''');
select is_empty($$ select name from registered
                   where input_schema ->> 'type' is distinct from 'object'
                      or input_schema -> 'additionalProperties' is distinct from 'false'::jsonb $$,
                'every input schema is of type object with additionalProperties false');

select is_empty($$ select name from registered where effect = 'read' and (provolatile <> 's' or owner <> 'mcp_reader') $$,
                'every read tool''s handler is STABLE and owned by mcp_reader');
select is_empty($$ select name from registered
                   where effect = 'read' and (annotations -> 'readOnlyHint' is distinct from 'true'::jsonb
                                              or preview_volatile is not null or confirm_policy is not null) $$,
                'every read tool is annotated readOnlyHint true, with no preview and no confirmation policy');

select is_empty($$ select name from registered where effect <> 'read' and (provolatile <> 'v' or owner <> 'mcp_writer') $$,
                'every write tool''s handler is VOLATILE and owned by mcp_writer');
select is_empty($$ select name from registered
                   where effect <> 'read' and (preview_volatile is distinct from 's' or preview_owner is distinct from 'mcp_reader'
                                               or not preview_definer or not preview_empty_search_path) $$,
                'every write tool has a STABLE preview owned by mcp_reader, SECURITY DEFINER with search_path = ''''');
select is_empty($$ select name from registered
                   where effect <> 'read' and (annotations -> 'readOnlyHint' is distinct from 'false'::jsonb
                                               or annotations -> 'destructiveHint' is distinct from to_jsonb(effect = 'destructive')
                                               or jsonb_typeof(annotations -> 'idempotentHint') is distinct from 'boolean') $$,
                'every write tool is annotated readOnlyHint false, destructiveHint as its effect, and idempotentHint');
select is_empty($$ select name from registered where effect <> 'read' and confirm_policy is null $$,
                'every write tool has a default confirmation policy');
select is_empty($$ select name from registered
                   where effect <> 'read' and input_schema -> 'properties' -> 'idempotency_key' ->> 'maxLength' is distinct from '200' $$,
                'every write tool takes an idempotency_key of at most 200 characters');
select is_empty($$ select name from registered r
                   where effect <> 'read' and exists (
                     select from jsonb_object_keys(r.input_schema -> 'properties') k
                     where k ~* '^(confirm|confirmed|confirmation|approve|approved|approval|consent|user_confirmed)$') $$,
                'no write tool declares an argument that reads as a confirmation');

select * from finish();
rollback;
