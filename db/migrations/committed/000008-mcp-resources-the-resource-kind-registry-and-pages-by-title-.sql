--! Previous: sha1:cc7745701b8515410e59584bc649e19f1d39d53b
--! Hash: sha1:5a484d4f315469cbdae45e9584021379560ef604
--! Message: MCP resources: the resource kind registry, and pages by title for paging

-- MCP resources: the registry of resource kinds (resources are data, as tools are).
create table mcp.resource_kinds (
  name text primary key constraint resource_kinds_name_format check (name ~ '^[A-Za-z0-9_.-]{1,128}$'),
  title text not null constraint resource_kinds_title_length check (char_length(title) between 1 and 200),
  description text not null constraint resource_kinds_description_length check (char_length(description) between 1 and 4000),
  uri_prefix text not null
    constraint resource_kinds_uri_prefix_unique unique
    constraint resource_kinds_uri_prefix_format check (uri_prefix ~ '^[a-z][a-z0-9+.-]*://[A-Za-z0-9._~/-]*/$'),
  mime_type text not null constraint resource_kinds_mime_type_format check (mime_type ~ '^[a-z]+/[A-Za-z0-9.+-]+$'),
  list_handler regprocedure not null,
  read_handler regprocedure not null,
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table mcp.resource_kinds is
  'The resource registry: each kind lists (resources/list) and reads (resources/read) one sort of the org''s data '
  'as MCP resources with URIs <uri_prefix><id>. To add a kind: write db/resources/<kind>.sql with a list and a read '
  'handler in mcp_tools ((args jsonb) returns jsonb, STABLE, SECURITY DEFINER, set search_path = '''') and a call '
  'to mcp.resource_kind_register(...) below them. A token''s allowed_tools admits kinds by name, as it does tools. '
  'Disable a kind with update mcp.resource_kinds set enabled = false where name = ...; re-applying the files keeps that.';
comment on column mcp.resource_kinds.name is 'The kind''s name, matched by allowed_tools entries (''*'', the name, a trailing glob): 1 to 128 of [A-Za-z0-9_.-].';
comment on column mcp.resource_kinds.description is 'What an LLM reads about the kind''s resources (also the description of its URI template).';
comment on column mcp.resource_kinds.uri_prefix is 'The URIs of the kind are this prefix and a resource id; the template is <uri_prefix>{id}.';
comment on column mcp.resource_kinds.mime_type is 'The mimeType of every resource of the kind.';
comment on column mcp.resource_kinds.list_handler is
  'Lists one page: ({cursor, limit}) -> {resources: [{uri, name, title, description, mimeType}], next_cursor}. Owned by mcp_reader.';
comment on column mcp.resource_kinds.read_handler is
  'Reads one resource: ({id}) -> {contents: [{uri, mimeType, text}]}; raises P0002 for an id it cannot see. Owned by mcp_reader.';
comment on column mcp.resource_kinds.enabled is 'A disabled kind is missing from resources/list and its templates, and refused by resources/read (MC012).';

-- resources/list of pages.body pages through an org's pages by title (keyset), as list_data_tables
-- does through its tables with data_tables_name_idx
create index pages_title_idx on app.pages (org_id, title, id);
