-- whoami describes the calling token: its id, name, prefix (the first 12 characters of the raw
-- token), allowed_tools, scopes (mcp:read by default; mcp:read and mcp:write for a token that may
-- write), rate limit, calls left this minute and expiry; and its org's id and name, with no org
-- ceiling (null) when none is set.
begin;
select plan(6);

select tests.create_org('Acme Corp') as org \gset
select tests.issue_token(:'org'::uuid, 'Claude on my laptop', '{whoami,list_*}', 50, '2099-01-31 12:00+00') as raw \gset
select tests.issue_token(:'org'::uuid, 'No expiry') as raw_forever \gset
select raw_token as raw_writer from public.mcp_token_issue(:'org'::uuid, 'Writer', scopes => '{mcp:read,mcp:write}') \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'whoami', '{}', '{}') as answer \gset
select public.mcp_tools_call(:'raw_forever', 'whoami', '{}', '{}') as forever \gset
select public.mcp_tools_call(:'raw_writer', 'whoami', '{}', '{}') as writer \gset
select tests.act_as_owner();
select :'answer'::jsonb -> 'structuredContent' as sc \gset

select is(:'answer'::jsonb -> 'isError', 'false'::jsonb, 'the call succeeds');
select is(:'sc'::jsonb #- '{token,expires_at}',
          jsonb_build_object(
            'token', jsonb_build_object('id', tests.token_id(:'raw'), 'name', 'Claude on my laptop', 'prefix', left(:'raw', 12),
                                        'allowed_tools', '["whoami", "list_*"]'::jsonb, 'scopes', '["mcp:read"]'::jsonb,
                                        'rate_limit_per_minute', 50,
                                        'remaining_this_minute', 49),
            'org', jsonb_build_object('id', :'org'::uuid, 'name', 'Acme Corp', 'rate_limit_per_minute', null,
                                      'remaining_this_minute', null)),
          'the token''s id, name, prefix, allowed tools, scopes (read only, the default), limit and calls left (49 of 50 '
          'after this one); the org''s id and name, without a ceiling');
select is((:'sc'::jsonb #>> '{token,expires_at}')::timestamptz, '2099-01-31 12:00+00'::timestamptz, 'the token''s expiry');
select is(:'forever'::jsonb #> '{structuredContent,token,expires_at}', 'null'::jsonb, 'a token without expiry: expires_at null');
select is(:'forever'::jsonb #>> '{structuredContent,token,allowed_tools}', '["*"]', 'a token for every tool: allowed_tools ["*"]');

select is(:'writer'::jsonb #> '{structuredContent,token,scopes}', '["mcp:read", "mcp:write"]'::jsonb,
          'a token that may write: scopes mcp:read and mcp:write');

select * from finish();
rollback;
