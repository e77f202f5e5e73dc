-- Whether a string is a calendar date written YYYY-MM-DD (the date columns of data tables), one
-- that exists: 2026-02-29 does not.
create or replace function app.is_iso_date(s text)
returns boolean
language plpgsql
immutable parallel unsafe -- an EXCEPTION block (here or in what it calls) is a subtransaction, which a parallel worker cannot start
-- no SET clause: callers run with search_path = ''
as $$
begin
  if s !~ '^\d{4}-\d{2}-\d{2}$' then
    return false;
  end if;
  return to_char(s::date, 'YYYY-MM-DD') = s;
exception when data_exception then
  return false;
end
$$;

comment on function app.is_iso_date(text) is
  'True when the string is an existing date written YYYY-MM-DD (how data tables store date columns).';
revoke all on function app.is_iso_date(text) from public;
grant execute on function app.is_iso_date(text) to mcp_reader, mcp_writer;
