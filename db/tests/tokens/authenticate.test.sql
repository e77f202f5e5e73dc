-- The gateway authenticates a valid token: it gets (token_id, org_id), and last_used_at is set to
-- now(), at most once a minute (a value less than a minute old is left alone).
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid) as raw \gset
select tests.token_id(:'raw') as token_id \gset

select is((select last_used_at from public.mcp_tokens where id = :'token_id'), null, 'last_used_at starts null');

select tests.act_as('tests_gateway');
select results_eq(
  format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw'),
  format($$ values (%L::uuid, %L::uuid) $$, :'token_id', :'org'),
  'returns exactly one row: the token id and its org id'
);
select tests.act_as_owner();
select is((select last_used_at from public.mcp_tokens where id = :'token_id'), now(), 'last_used_at is set to now()');

update public.mcp_tokens set last_used_at = now() - interval '2 minutes' where id = :'token_id';
select tests.act_as('tests_gateway');
select * from public.mcp_token_authenticate(:'raw');
select tests.act_as_owner();
select is((select last_used_at from public.mcp_tokens where id = :'token_id'), now(),
          'a last_used_at two minutes old is bumped to now()');

update public.mcp_tokens set last_used_at = now() - interval '10 seconds' where id = :'token_id';
select tests.act_as('tests_gateway');
select * from public.mcp_token_authenticate(:'raw');
select tests.act_as_owner();
select is((select last_used_at from public.mcp_tokens where id = :'token_id'), now() - interval '10 seconds',
          'a last_used_at ten seconds old is left unchanged (one write a minute)');

select * from finish();
rollback;
