# pgmcp: the two commands that matter are `make start` and `make test`.
SHELL := bash
.DEFAULT_GOAL := help
GM := node_modules/.bin/graphile-migrate

.PHONY: help deps build start token test bench migrate install-sql

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

deps: node_modules/.package-lock.json ## install npm packages

# what tsc -p tsconfig.build.json compiles; dist/.built is newer than all of it after a build
TS_SOURCES := $(shell find shim/src scripts -name '*.ts') tsconfig.json tsconfig.build.json

dist/.built: node_modules/.package-lock.json $(TS_SOURCES)
	@npm run -s build
	@touch $@

build: deps ## compile the shim and scripts to dist/ (always; make start compiles only what changed)
	@npm run -s build
	@touch dist/.built

start: dist/.built ## serve MCP: embedded PostgreSQL in .data/ (or DATABASE_URL), demo org, token, client configs (NEW_TOKEN=1: a new token)
	@node dist/scripts/start.js

token: dist/.built ## revoke the demo token of make start and issue a new one, without serving
	@node dist/scripts/start.js token

test: ## the whole suite: pgTAP, node and end-to-end tests against a throw-away cluster (or DATABASE_URL's server)
	@scripts/test.sh

bench: deps ## benchmarks with ratios against baselines (ARGS=--explain prints the query plans; BENCH_10M=1 adds 10M rows)
	@scripts/bench.sh $(ARGS)

migrate: deps ## apply migrations, functions and policies to DATABASE_URL
	@test -n "$$DATABASE_URL" || { echo "make migrate: set DATABASE_URL, e.g. DATABASE_URL=postgres://user:pass@host:5432/db make migrate" >&2; exit 2; }
	$(GM) migrate --forceActions

install-sql: deps ## write install.sql: the whole schema for psql or the Supabase SQL console
	@node --import tsx scripts/install-sql.ts > install.sql
	@echo "wrote install.sql ($$(wc -c < install.sql) bytes)" >&2
