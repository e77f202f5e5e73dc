--! Previous: sha1:0e610568eebe869d0e7c7deca345153666c25b0e
--! Hash: sha1:826e43a2286e26380d36154471fa08a7cf81f770
--! Message: Access tokens the shim refuses are logged: auth_failures reasons jwt_expired, jwt_refused

-- Access tokens (JWTs) the shim refuses never reach the pipeline: they get a row of their own in
-- the auth-failure log, like a bad p88_ token. The shim names why; nothing of the JWT is kept (its
-- claims are unverified, so whatever they say is the sender's word).
alter table mcp.auth_failures
  drop constraint auth_failures_reason,
  add constraint auth_failures_reason check (
    reason in ('missing', 'malformed', 'unknown', 'revoked', 'expired', 'not_member', 'wrong_org', 'no_org', 'several_orgs',
               'jwt_expired', 'jwt_refused'));
comment on column mcp.auth_failures.reason is
  'missing, malformed (format or checksum), unknown, revoked or expired (a token, or a revoked grant); for an OAuth user: '
  'not_member (of the org the URL names), no_org (a member of none), several_orgs (at /mcp, a member of several); '
  'wrong_org (a token at another org''s URL); jwt_expired and jwt_refused (an access token the shim refused: expired or '
  'not yet valid; or its signature, key, algorithm, issuer or audience).';
