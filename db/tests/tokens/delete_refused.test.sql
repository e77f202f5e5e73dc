-- Token rows are append-only: DELETE and TRUNCATE are refused even for the owner (MC003), a DBA has
-- no DELETE privilege (42501), and a token's identity columns never change (MC003).
begin;
select plan(7);

select tests.create_org('Acme') as org \gset
select tests.create_org('Other') as other \gset
select tests.issue_token(:'org'::uuid, 'one') as raw \gset
select tests.issue_token(:'org'::uuid, 'two') as raw_two \gset
select tests.token_id(:'raw') as token_id \gset

select throws_ok($$ delete from public.mcp_tokens $$, 'MC003', null, 'the owner cannot DELETE');
select throws_ok($$ truncate public.mcp_tokens $$, 'MC003', null, 'the owner cannot TRUNCATE');

select tests.act_as('tests_dba');
select throws_ok(format($$ delete from public.mcp_tokens where id = %L $$, :'token_id'),
                 '42501', null, 'a DBA has no DELETE privilege');

select tests.act_as_owner();
select is((select count(*) from public.mcp_tokens), 2::bigint, 'both rows are still there');

select throws_ok(format($$ update public.mcp_tokens set token_hash = sha256('other'::bytea) where id = %L $$, :'token_id'),
                 'MC003', null, 'the owner cannot change token_hash');
select throws_ok(format($$ update public.mcp_tokens set org_id = %L where id = %L $$, :'other', :'token_id'),
                 'MC003', null, 'the owner cannot change org_id');
select throws_ok(format($$ update public.mcp_tokens set created_by = 'someone else' where id = %L $$, :'token_id'),
                 'MC003', null, 'the owner cannot change created_by');

select * from finish();
rollback;
