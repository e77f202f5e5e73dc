-- Whether JSON text converts to jsonb by a plain cast, for certain: no \u escape (jsonb cannot hold
-- \u0000 or an unpaired surrogate) and no number numeric cannot hold. A number overflows only with
-- an exponent of four digits or more, or with over 15,000 digits (numeric holds 131,072 before the
-- point and 16,383 after), so short text without such an exponent is safe. Nearly every call's
-- params are; the others go through mcp.json_to_jsonb, whose exception block (a subtransaction,
-- ~10k instructions) this test (~4k, most of it the regular expression's) spares them. SQL, inlined
-- into its callers' expressions; a string body, so that the files may be applied in any order.
create or replace function mcp.json_is_plain(json_text text)
returns boolean
language sql
immutable parallel safe
as $$
  select strpos(json_text, '\u') = 0 and octet_length(json_text) < 15000 and json_text !~ '\d[eE][+-]?\d{4}'
$$;

comment on function mcp.json_is_plain(text) is
  'True when JSON text casts to jsonb without fail: no \u escape and no number that could exceed numeric''s range '
  '(no exponent of four digits or more, under 15,000 bytes). False says only that mcp.json_to_jsonb must look. '
  'For internal use.';
revoke all on function mcp.json_is_plain(text) from public;
