--! Previous: sha1:b33174accb05fbdd7fb1d07775f2781c924e322a
--! Hash: sha1:cc7745701b8515410e59584bc649e19f1d39d53b
--! Message: Default privileges restored: pgmcp revokes per function, not for the whole database

-- Default privileges as PostgreSQL ships them. Migration 000001 revoked EXECUTE from PUBLIC on every
-- function the installing role would ever create, in any schema, which also hid an adopter's own
-- new functions. A per-schema default cannot take away what the global default grants, so pgmcp
-- relies on what it always did as well: every function file revokes from PUBLIC explicitly, and a
-- structure test checks that no pgmcp function is executable by PUBLIC.
alter default privileges grant execute on functions to public;
