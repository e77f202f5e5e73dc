-- The entry points' answer when mcp.principal_verify refuses a principal.
create or replace function mcp.principal_error(failure text, principal jsonb)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  code text;
  msg text;
  hint text;
  orgs jsonb;
begin
  case failure
    when 'not_member' then
      code := 'MC014';
      msg := 'you are not a member of this organisation';
      hint := 'Ask an admin of the organisation to add you, or use the URL of an organisation you belong to.';
    when 'no_org' then
      code := 'MC014';
      msg := 'you are not a member of any organisation';
      hint := 'Ask an admin of your organisation to add you (app.org_members).';
    when 'wrong_org' then
      code := 'MC014';
      msg := 'this token belongs to another organisation';
      hint := 'Use the token at /mcp, or at the URL of its own organisation.';
    when 'several_orgs' then
      code := 'MC015';
      msg := 'you belong to several organisations: connect to the URL of one';
      hint := 'Use /mcp/orgs/<org-id> with one of the ids in orgs.';
      select jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name) order by o.name, o.id) into orgs
      from app.org_members m join app.orgs o on o.id = m.org_id
      where m.user_id::text = principal -> 'claims' ->> 'sub';
    else
      return mcp.auth_error();
  end case;
  return jsonb_build_object('error', jsonb_strip_nulls(jsonb_build_object('sqlstate', code, 'message', msg, 'hint', hint, 'orgs', orgs)));
end
$$;

comment on function mcp.principal_error(text, jsonb) is
  'The entry points'' answer to a refused principal (mcp.principal_verify''s failure): MC014 (not a member of the org '
  'the URL names, of none, or a token at another org''s URL: HTTP 403), MC015 (a user of several orgs at /mcp: the '
  'answer lists them as orgs [{id, name}]), else 28000 (mcp.auth_error).';
revoke all on function mcp.principal_error(text, jsonb) from public;
