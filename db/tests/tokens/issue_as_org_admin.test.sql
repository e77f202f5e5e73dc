-- An org admin (an app user whose org_members.role is 'admin') issues a token for their own org:
-- the row records their app user id as created_by, and RLS lets them read it back.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
select tests.add_member(:'org'::uuid, 'admin') as admin \gset

select tests.act_as_user(:'admin'::uuid);
create temp table issued on commit drop as
  select * from public.mcp_token_issue(:'org'::uuid, 'Cursor on my desktop');
select id as token_id, raw_token from issued \gset

select is((select count(*) from issued), 1::bigint, 'returns one row');
select ok(mcp.token_is_well_formed(:'raw_token'), 'the raw token is well formed');

select results_eq(
  $$ select id, org_id, name, created_by from public.mcp_tokens $$,
  format($$ values (%L::uuid, %L::uuid, 'Cursor on my desktop', %L::text) $$, :'token_id', :'org', :'admin'),
  'the admin reads the row back through RLS, with created_by = their app user id'
);

select tests.act_as_owner();
select is((select created_by from public.mcp_tokens where id = :'token_id'), :'admin',
          'created_by is the app user id as text (checked as the owner)');

select tests.act_as('tests_gateway');
select results_eq(
  format($$ select * from public.mcp_token_authenticate(%L) $$, :'raw_token'),
  format($$ values (%L::uuid, %L::uuid) $$, :'token_id', :'org'),
  'the issued token authenticates for the admin''s org'
);

select * from finish();
rollback;
