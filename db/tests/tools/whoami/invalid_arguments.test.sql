-- whoami takes no arguments: any argument is refused with isError true and 22023, and a hint
-- that says so.
begin;
select plan(3);

select tests.create_org('Acme') as org \gset
select tests.issue_token(:'org'::uuid, 'me') as raw \gset

select tests.act_as('tests_gateway');
select public.mcp_tools_call(:'raw', 'whoami', '{"token_id": "00000000-0000-4000-8000-000000000001"}', '{}') as answer \gset
select public.mcp_tools_call(:'raw', 'whoami', 'null', '{}') as null_args \gset
select tests.act_as_owner();

select is(:'answer'::jsonb - 'content', '{"isError": true, "_meta": {"sqlstate": "22023"}}'::jsonb,
          'an argument: isError true with 22023');
select matches(:'answer'::jsonb -> 'content' -> 0 ->> 'text', 'unknown argument "token_id".*takes no arguments',
               'the message names the argument; the hint says whoami takes none');
select is(:'null_args'::jsonb -> 'isError', 'false'::jsonb, 'null arguments count as none');

select * from finish();
rollback;
