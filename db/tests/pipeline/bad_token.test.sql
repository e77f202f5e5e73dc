-- A missing, malformed, mistyped (bad checksum), unknown, revoked or expired token gets the same
-- answer from tools/call and tools/list, {"error": {"sqlstate": "28000", "message": "invalid token"}},
-- and one mcp.auth_failures row with the reason; the prefix only of a well-formed token, the org
-- and token ids only of a known one, never the raw token; and no usage-log row.
begin;
select plan(13);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'revoked') as raw_revoked \gset
select tests.issue_token(:'org'::uuid, 'expired', expires => now() + interval '1 day') as raw_expired \gset
select tests.issue_token(:'org'::uuid, 'good') as raw_good \gset
update public.mcp_tokens set revoked_at = now() where id = tests.token_id(:'raw_revoked');
update public.mcp_tokens set expires_at = now() where id = tests.token_id(:'raw_expired');
-- an unknown token: well-formed, right checksum, never issued; a typo: a good token with its last character changed
select mcp.token_generate() as raw_unknown \gset
select left(:'raw_good', 41) || case when right(:'raw_good', 1) = 'a' then 'b' else 'a' end as raw_typo \gset

create temp table presented (request_id text primary key, raw text, reason text) on commit drop;
insert into presented values
  ('bad-null', null, 'missing'),
  ('bad-empty', '', 'missing'),
  ('bad-garbage', 'not a token at all', 'malformed'),
  ('bad-short', 'p88_abc', 'malformed'),
  ('bad-typo', :'raw_typo', 'malformed'),
  ('bad-unknown', :'raw_unknown', 'unknown'),
  ('bad-revoked', :'raw_revoked', 'revoked'),
  ('bad-expired', :'raw_expired', 'expired');
create temp table answers (request_id text, via text, answer jsonb) on commit drop;
grant select on presented to public;
grant insert, select on answers to public;

select tests.act_as('tests_gateway');
insert into answers
  select p.request_id, 'call', public.mcp_tools_call(p.raw, 'get_current_time', '{}', jsonb_build_object('request_id', p.request_id))
  from presented p;
insert into answers
  select p.request_id || '-list', 'list', public.mcp_tools_list(p.raw, jsonb_build_object('request_id', p.request_id || '-list'))
  from presented p;
select tests.act_as_owner();

select is((select count(*) from answers), 16::bigint, 'every bad token got an answer, from tools/call and tools/list');
select is((select count(distinct answer) from answers), 1::bigint, 'the answer is the same whatever was wrong');
select is((select answer -> 'error' ->> 'sqlstate' from answers limit 1), '28000', 'it carries sqlstate 28000');
select is((select answer -> 'error' ->> 'message' from answers limit 1), 'invalid token', 'and the message invalid token');
select is((select array_agg(k order by k) from answers, jsonb_object_keys(answer) k where request_id = 'bad-null'),
          array['error'], 'it is an error object, not a CallToolResult');

select results_eq(
  $$ select f.request_id, f.reason from mcp.auth_failures f where f.request_id like 'bad-%' and f.request_id not like '%-list' order by 1 $$,
  $$ select request_id, reason from presented order by 1 $$,
  'tools/call: one auth failure row per bad token, with the reason'
);
select results_eq(
  $$ select f.request_id, f.reason from mcp.auth_failures f where f.request_id like 'bad-%-list' order by 1 $$,
  $$ select request_id || '-list', reason from presented order by 1 $$,
  'tools/list: one auth failure row per bad token, with the reason'
);
select results_eq(
  $$ select f.request_id, f.token_prefix from mcp.auth_failures f
     where f.request_id in ('bad-unknown', 'bad-revoked', 'bad-expired') order by 1 $$,
  format($$ values ('bad-expired', left(%L, 12)), ('bad-revoked', left(%L, 12)), ('bad-unknown', left(%L, 12)) $$,
         :'raw_expired', :'raw_revoked', :'raw_unknown'),
  'a well-formed token is logged by its 12-character prefix'
);
select is_empty(
  $$ select f.request_id from mcp.auth_failures f
     where f.request_id like 'bad-%' and f.reason in ('missing', 'malformed') and f.token_prefix is not null $$,
  'a missing or malformed token (even a mere checksum typo) is logged without a prefix'
);
select results_eq(
  $$ select f.request_id, f.org_id, f.token_id from mcp.auth_failures f
     where f.request_id in ('bad-revoked', 'bad-expired') order by 1 $$,
  format($$ values ('bad-expired', %L::uuid, %L::uuid), ('bad-revoked', %L::uuid, %L::uuid) $$,
         :'org', tests.token_id(:'raw_expired'), :'org', tests.token_id(:'raw_revoked')),
  'a revoked or expired token is logged with its org and id'
);
select is_empty(
  $$ select f.request_id from mcp.auth_failures f
     where f.request_id like 'bad-%' and f.reason in ('missing', 'malformed', 'unknown')
       and (f.org_id is not null or f.token_id is not null) $$,
  'an unknown or malformed token is logged without org or token id'
);
select is_empty(
  $$ select f.request_id from mcp.auth_failures f join presented p on p.raw <> ''
     where f::text like '%' || p.raw || '%' $$,
  'no column of any auth failure row holds a raw token'
);
select is_empty($$ select * from mcp.usage_log where request_id like 'bad-%' $$, 'a bad token writes no usage-log row');

select * from finish();
rollback;
