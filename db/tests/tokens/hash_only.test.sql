-- Only the sha-256 of a token is stored: token_hash = sha256(convert_to(raw, 'UTF8')), the raw text
-- is nowhere in the row, and token_hash is unique.
begin;
select plan(5);

select tests.create_org('Acme') as org \gset
-- the id comes from the issue call, not from a lookup by hash, so a wrong hash fails an assertion
select id as token_id, raw_token as raw from public.mcp_token_issue(:'org'::uuid, 'test token') \gset

select is((select token_hash from public.mcp_tokens where id = :'token_id'::uuid),
          sha256(convert_to(:'raw', 'UTF8')), 'token_hash is sha256 of the UTF-8 token text');

select is((select position(:'raw' in row_to_json(t)::text) from public.mcp_tokens t where id = :'token_id'::uuid),
          0, 'the raw token text appears nowhere in the stored row');

select is_empty(
  format($$ select a.attname
            from pg_attribute a, public.mcp_tokens t
            where a.attrelid = 'public.mcp_tokens'::regclass and a.attnum > 0 and not a.attisdropped
              and a.atttypid = 'bytea'::regtype and t.id = %L::uuid
              and to_jsonb(t) ->> a.attname = '\x' || encode(convert_to(%L, 'UTF8'), 'hex') $$,
         :'token_id', :'raw'),
  'no bytea column holds the raw token bytes'
);

select has_index('public', 'mcp_tokens', 'mcp_tokens_token_hash_key', array['token_hash'],
                 'token_hash has a (unique) index');

select throws_ok(
  format($$ insert into public.mcp_tokens (org_id, name, token_prefix, token_hash)
            select org_id, 'copy', token_prefix, token_hash from public.mcp_tokens where id = %L $$, :'token_id'),
  '23505', null, 'a second row with the same hash is refused, even for the owner'
);

select * from finish();
rollback;
