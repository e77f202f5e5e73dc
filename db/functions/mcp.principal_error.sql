-- The entry points' answer when mcp.principal_verify refuses a principal.
create or replace function mcp.principal_error(failure text, principal jsonb)
returns jsonb
language sql
stable
set search_path = ''
as $$
  select case failure
    when 'not_member' then jsonb_build_object('error', jsonb_build_object(
      'sqlstate', 'MC014',
      'message', 'you are not a member of this organisation',
      'hint', 'Ask an admin of the organisation to add you, or use the URL of an organisation you belong to.'))
    when 'no_org' then jsonb_build_object('error', jsonb_build_object(
      'sqlstate', 'MC014',
      'message', 'you are not a member of any organisation',
      'hint', 'Ask an admin of your organisation to add you (app.org_members).'))
    when 'wrong_org' then jsonb_build_object('error', jsonb_build_object(
      'sqlstate', 'MC014',
      'message', 'this token belongs to another organisation',
      'hint', 'Use the token at /mcp, or at the URL of its own organisation.'))
    when 'several_orgs' then jsonb_build_object('error', jsonb_build_object(
      'sqlstate', 'MC015',
      'message', 'you belong to several organisations: connect to the URL of one',
      'hint', 'Use /mcp/orgs/<org-id> with one of the ids in orgs.',
      'orgs', (select jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name) order by o.name, o.id)
               from app.org_members m join app.orgs o on o.id = m.org_id
               where m.user_id::text = principal -> 'claims' ->> 'sub')))
    else mcp.auth_error()
  end
$$;

comment on function mcp.principal_error(text, jsonb) is
  'The entry points'' answer to a refused principal (mcp.principal_verify''s failure): MC014 (not a member of the org '
  'the URL names, of none, or a token at another org''s URL: HTTP 403), MC015 (a user of several orgs at /mcp: the '
  'answer lists them as orgs [{id, name}]), else 28000 (mcp.auth_error).';
revoke all on function mcp.principal_error(text, jsonb) from public;
