-- The API surface: which functions public exposes, which run as definer (and that every definer
-- pins search_path), who may execute the entry points, RLS on every table, a comment on every
-- function; the approval functions of write actions and the views over them.
begin;
select plan(35);

select functions_are('public', array['mcp_gateway_role_check', 'mcp_token_authenticate', 'mcp_token_issue', 'mcp_token_revoke',
                               'mcp_token_rotate', 'mcp_token_stats', 'mcp_tools_call', 'mcp_tools_call_json', 'mcp_tools_list',
                               'mcp_tools_list_json', 'mcp_usage_purge', 'mcp_resources_list_json',
                               'mcp_resource_templates_list_json', 'mcp_resources_read_json',
                               'mcp_action_approve', 'mcp_action_reject', 'mcp_actions_expire', 'mcp_auth_failure_json'],
                     'public has exactly the token, entry-point, stats, purge, action-decision and refused-token functions');
select views_are('public', array['mcp_actions', 'mcp_auth_failures_summary', 'mcp_org_usage_daily', 'mcp_pending_actions',
                                 'mcp_privilege_report', 'mcp_token_error_rates', 'mcp_tokens_idle', 'mcp_usage_daily'],
                 'public has exactly the audit views, with the write actions and the pending ones');
select has_schema('app');
select has_schema('mcp');
select tables_are('app', array['orgs', 'org_members', 'data_tables', 'data_rows', 'pages', 'calendar_events',
                              'dial_buckets', 'dial_activities', 'dial_activity_counts', 'agents'], 'app has the org and tool-pack tables');

select is_definer('public', 'mcp_token_authenticate', array['text'], 'mcp_token_authenticate is SECURITY DEFINER');
select isnt_definer('public', 'mcp_token_issue', 'mcp_token_issue is SECURITY INVOKER');
select isnt_definer('public', 'mcp_token_revoke', array['uuid'], 'mcp_token_revoke is SECURITY INVOKER');
select isnt_definer('public', 'mcp_token_rotate', array['uuid'], 'mcp_token_rotate is SECURITY INVOKER');

-- every SECURITY DEFINER function sets search_path = ''
create temp view definer_functions as
  select p.oid::regprocedure::text as fn, p.proconfig
  from pg_proc p
  where p.pronamespace in ('app'::regnamespace, 'mcp'::regnamespace, 'mcp_tools'::regnamespace, 'public'::regnamespace)
    and p.prosecdef;
select is_empty($$ select fn from definer_functions where not coalesce('search_path=""' = any (proconfig), false) $$,
                'every SECURITY DEFINER function in app, mcp, mcp_tools and public sets search_path = ''''');
select cmp_ok((select count(*) from definer_functions), '>=', 3::bigint, 'the check covers at least 3 definer functions');

-- who may execute the entry points
select function_privs_are('public', 'mcp_token_authenticate', array['text'], 'public', array[]::text[],
                          'PUBLIC may not execute mcp_token_authenticate');
select function_privs_are('public', 'mcp_token_authenticate', array['text'], 'anon', array[]::text[],
                          'anon may not execute mcp_token_authenticate');
select function_privs_are('public', 'mcp_token_authenticate', array['text'], 'authenticated', array[]::text[],
                          'authenticated may not execute mcp_token_authenticate');
select function_privs_are('public', 'mcp_token_authenticate', array['text'], 'mcp_gateway', array['EXECUTE'],
                          'mcp_gateway may execute mcp_token_authenticate');
select function_privs_are('public', 'mcp_token_issue', array['uuid', 'text', 'text[]', 'integer', 'timestamptz', 'text', 'text[]', 'jsonb'],
                          'anon', array[]::text[], 'anon may not execute mcp_token_issue');
select function_privs_are('public', 'mcp_token_issue', array['uuid', 'text', 'text[]', 'integer', 'timestamptz', 'text', 'text[]', 'jsonb'],
                          'mcp_app_user', array['EXECUTE'], 'mcp_app_user may execute mcp_token_issue');

-- deciding write actions: SECURITY INVOKER (privileges and RLS on mcp.actions decide), for app users only
select isnt_definer('public', 'mcp_action_approve', array['uuid'], 'mcp_action_approve is SECURITY INVOKER');
select function_privs_are('public', 'mcp_actions_expire', array[]::text[], 'mcp_admin', array['EXECUTE'],
                          'DBAs (mcp_admin) may expire actions');
select ok(not has_function_privilege('mcp_app_user', 'public.mcp_actions_expire()', 'execute')
          and not has_function_privilege('mcp_gateway', 'public.mcp_actions_expire()', 'execute'),
          'app users and the gateway may not');
select isnt_definer('public', 'mcp_action_reject', array['uuid', 'text'], 'mcp_action_reject is SECURITY INVOKER');
select function_privs_are('public', 'mcp_action_approve', array['uuid'], 'mcp_app_user', array['EXECUTE'],
                          'mcp_app_user may execute mcp_action_approve');
select function_privs_are('public', 'mcp_action_reject', array['uuid', 'text'], 'mcp_app_user', array['EXECUTE'],
                          'mcp_app_user may execute mcp_action_reject');
select is_empty($$
  select p.oid::regprocedure, coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC')
  from pg_proc p, aclexplode(p.proacl) a
  where p.oid in ('public.mcp_action_approve(uuid)'::regprocedure, 'public.mcp_action_reject(uuid, text)'::regprocedure)
    and a.privilege_type = 'EXECUTE' and a.grantee not in ('mcp_app_user'::regrole, p.proowner) $$,
  'nobody but mcp_app_user (and the owner) may execute mcp_action_approve and mcp_action_reject');
select ok(not has_function_privilege('mcp_gateway', 'public.mcp_action_approve(uuid)', 'execute')
          and not has_function_privilege('mcp_reader', 'public.mcp_action_approve(uuid)', 'execute')
          and not has_function_privilege('mcp_writer', 'public.mcp_action_approve(uuid)', 'execute')
          and not has_function_privilege('anon', 'public.mcp_action_approve(uuid)', 'execute'),
          'the gateway, the handler owners and anon cannot approve (not even through a membership)');
select ok(not has_function_privilege('mcp_gateway', 'public.mcp_action_reject(uuid, text)', 'execute')
          and not has_function_privilege('mcp_reader', 'public.mcp_action_reject(uuid, text)', 'execute')
          and not has_function_privilege('mcp_writer', 'public.mcp_action_reject(uuid, text)', 'execute')
          and not has_function_privilege('anon', 'public.mcp_action_reject(uuid, text)', 'execute'),
          'nor reject');
select is_empty($$
  select c.relname, coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC'), a.privilege_type
  from pg_class c, aclexplode(c.relacl) a
  where c.oid in ('public.mcp_actions'::regclass, 'public.mcp_pending_actions'::regclass)
    and a.grantee not in ('mcp_app_user'::regrole, c.relowner) $$,
  'only mcp_app_user (and the owner) has privileges on mcp_actions and mcp_pending_actions');
select is((select array_agg(distinct a.privilege_type) from pg_class c, aclexplode(c.relacl) a
           where c.oid in ('public.mcp_actions'::regclass, 'public.mcp_pending_actions'::regclass)
             and a.grantee = 'mcp_app_user'::regrole), array['SELECT'], 'and mcp_app_user only SELECT');
select ok((select bool_and(coalesce('security_invoker=true' = any (c.reloptions), false)) from pg_class c
           where c.oid in ('public.mcp_actions'::regclass, 'public.mcp_pending_actions'::regclass)),
          'both views are security_invoker, so the RLS of mcp.actions applies to who reads them');

-- the resources entry points: definers that only mcp_gateway (and the owner) may execute
select is((select count(*) from pg_proc p
           where p.oid in ('public.mcp_resources_list_json(text, json, json)'::regprocedure,
                           'public.mcp_resource_templates_list_json(text, json, json)'::regprocedure,
                           'public.mcp_resources_read_json(text, json, json)'::regprocedure)
             and p.prosecdef), 3::bigint, 'the three resources entry points are SECURITY DEFINER');
select is_empty($$
  select p.oid::regprocedure, a.grantee::regrole
  from pg_proc p, aclexplode(p.proacl) a
  where p.oid in ('public.mcp_resources_list_json(text, json, json)'::regprocedure,
                  'public.mcp_resource_templates_list_json(text, json, json)'::regprocedure,
                  'public.mcp_resources_read_json(text, json, json)'::regprocedure)
    and a.privilege_type = 'EXECUTE' and a.grantee not in ('mcp_gateway'::regrole, p.proowner) $$,
  'nobody but mcp_gateway (and the owner) may execute the resources entry points');

-- row level security on every table
create temp view project_tables as
  select c.oid::regclass::text as tbl, c.relrowsecurity
  from pg_class c
  where c.relkind in ('r', 'p')
    and (c.relnamespace in ('app'::regnamespace, 'mcp'::regnamespace)
         or (c.relnamespace = 'public'::regnamespace and c.relname like 'mcp\_%'));
select is_empty($$ select tbl from project_tables where not relrowsecurity $$,
                'every table in app and mcp, and every public mcp_* table, has row level security enabled');
select cmp_ok((select count(*) from project_tables), '>=', 3::bigint, 'the check covers at least 3 tables');

-- a comment on every function
create temp view project_functions as
  select p.oid::regprocedure::text as fn, obj_description(p.oid, 'pg_proc') as comment
  from pg_proc p
  where p.pronamespace in ('app'::regnamespace, 'mcp'::regnamespace)
     or (p.pronamespace = 'public'::regnamespace and p.proname like 'mcp\_%');
select is_empty($$ select fn from project_functions where coalesce(btrim(comment), '') = '' $$,
                'every function in app and mcp, and every public mcp_* function, has a comment');
select cmp_ok((select count(*) from project_functions), '>=', 4::bigint, 'the check covers at least 4 functions');

select * from finish();
rollback;
