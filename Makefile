# pgmcp: the two commands that matter are `make start` and `make test`.
SHELL := bash
.DEFAULT_GOAL := help
GM := node_modules/.bin/graphile-migrate

.PHONY: help deps test migrate

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

deps: node_modules/.package-lock.json ## install npm packages

test: ## the whole suite: pgTAP + node tests against a throw-away cluster (or DATABASE_URL's server)
	@scripts/test.sh

migrate: deps ## apply migrations, functions and policies to DATABASE_URL
	@test -n "$$DATABASE_URL" || { echo "make migrate: set DATABASE_URL, e.g. DATABASE_URL=postgres://user:pass@host:5432/db make migrate" >&2; exit 2; }
	$(GM) migrate --forceActions
