-- The app user of this request, as Supabase and PostgREST tell it: the sub claim of the JWT in the
-- request.jwt.claims setting (or the older request.jwt.claim.sub). NULL for a plain database session.
create or replace function app.current_user_id()
returns uuid
language sql
stable parallel safe
set search_path = ''
as $$
  select nullif(
    coalesce(
      nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub',
      nullif(current_setting('request.jwt.claim.sub', true), '')
    ),
    ''
  )::uuid
$$;

comment on function app.current_user_id() is
  'The app user id (uuid) from request.jwt.claims.sub, or NULL when no app user is set. 22P02 if sub is not a uuid.';
revoke all on function app.current_user_id() from public;
grant execute on function app.current_user_id() to mcp_app_user;
