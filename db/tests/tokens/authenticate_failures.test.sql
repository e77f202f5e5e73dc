-- Every way a token can be bad gives the gateway the same answer: 28000 'invalid token', so a
-- caller learns nothing about which tokens exist.
begin;
select plan(8);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'good') as good \gset
select tests.issue_token(:'org'::uuid, 'revoked') as revoked \gset
select tests.issue_token(:'org'::uuid, 'expired') as expired \gset
select mcp.token_generate() as unknown \gset
update public.mcp_tokens set revoked_at = now() where name = 'revoked';
update public.mcp_tokens set expires_at = now() - interval '1 second' where name = 'expired';

select tests.act_as('tests_gateway');
select lives_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'good'), 'a valid token authenticates');

select throws_ok($$ select * from public.mcp_token_authenticate('not a token') $$,
                 '28000', 'invalid token', 'malformed');
select throws_ok(
  format($$ select * from public.mcp_token_authenticate(%L) $$,
         left(:'good', 41) || case when right(:'good', 1) = 'A' then 'B' else 'A' end),
  '28000', 'invalid token', 'bad checksum');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'unknown'),
                 '28000', 'invalid token', 'well formed but never issued');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'revoked'),
                 '28000', 'invalid token', 'revoked');
select throws_ok(format($$ select * from public.mcp_token_authenticate(%L) $$, :'expired'),
                 '28000', 'invalid token', 'expired');
select throws_ok($$ select * from public.mcp_token_authenticate(null) $$, '28000', 'invalid token', 'null');
select throws_ok($$ select * from public.mcp_token_authenticate('') $$, '28000', 'invalid token', 'empty');

select * from finish();
rollback;
