# Pakt's front door. Every target is a thin wrapper over the Maven Wrapper, npm or a script in scripts/.
#   make run    the whole product on embedded defaults (PostgreSQL, Keycloak, demo data, backend, SPA)
#   make test   every test: backend, contract, frontend, browser
.DEFAULT_GOAL := help
SHELL := /bin/bash
MVN := $(CURDIR)/scripts/mvnw.sh -B -q
FRONTEND_DEPS := frontend/node_modules/.package-lock.json
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
# The dev-support tools (LocalPostgres, backup, scale-out driver) run from test-classes with this classpath.
BACKEND_TEST_CP := backend/target/test-classpath.txt
SPA_INDEX := frontend/dist/index.html
# Builds are skipped when nothing they depend on changed (warm make run).
BACKEND_INPUTS := $(shell find backend/src -type f 2>/dev/null) backend/pom.xml openapi.yaml
FRONTEND_INPUTS := $(shell find frontend/src frontend/public -type f ! -name schema.ts 2>/dev/null) \
	frontend/index.html frontend/vite.config.ts frontend/security-headers.ts frontend/tsconfig.json openapi.yaml

.PHONY: help run dev-backend dev-frontend build build-backend build-frontend aot-cache test test-backend test-frontend \
        lint lint-backend lint-frontend format lint-contract client-check compose-check deploy-check backup backup-check restore test-scaleout test-e2e sizing bench bench-portal bench-selection bench-dashboard openapi registry clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

run: build ## Run the whole product locally; Ctrl-C stops it, data stays in .local/data
	@scripts/stack.sh

dev-backend: ## Backend in Quarkus dev mode (live reload) against the local database and Keycloak
	cd backend && ../scripts/mvnw.sh quarkus:dev

dev-frontend: $(FRONTEND_DEPS) ## SPA with hot reload on http://localhost:5173
	cd frontend && npm run dev

build: build-backend build-frontend ## Build backend and SPA (skipped when up to date)

build-backend: $(BACKEND_JAR) $(BACKEND_TEST_CP)

$(BACKEND_JAR): $(BACKEND_INPUTS)
	cd backend && $(MVN) package -DskipTests
	@touch $@

# Its own target: make test-backend (mvn verify) builds the jar too, and then the jar's rule does not run.
$(BACKEND_TEST_CP): backend/pom.xml $(BACKEND_JAR)
	cd backend && $(MVN) dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
	@touch $@

build-frontend: $(SPA_INDEX)

$(SPA_INDEX): $(FRONTEND_INPUTS) $(FRONTEND_DEPS)
	cd frontend && npm run build

$(FRONTEND_DEPS): frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

test: ## Run every test (what CI runs)
	@rm -rf frontend/test-results frontend/e2e/test-results
	$(MAKE) lint
	$(MAKE) test-backend
	$(MAKE) test-frontend
	$(MAKE) client-check
	$(MAKE) compose-check
	$(MAKE) deploy-check
	$(MAKE) backup-check
	$(MAKE) test-e2e
	$(MAKE) test-scaleout
	@echo "Test summary:"
	@scripts/test-summary.sh

test-backend: ## Backend unit and API tests (real PostgreSQL, real signed tokens, contract-validated)
	rm -rf backend/target/surefire-reports
	cd backend && $(MVN) verify

test-frontend: $(FRONTEND_DEPS) ## Type check and Vitest
	cd frontend && npm run typecheck
	cd frontend && npx vitest run --reporter=default --reporter=junit --outputFile.junit=test-results/junit.xml

lint: lint-contract lint-backend lint-frontend ## Every style and boundary check (part of make test)

lint-backend: ## Java layout and imports (Spotless, palantir-java-format); make format fixes them
	cd backend && $(MVN) spotless:check

lint-frontend: $(FRONTEND_DEPS) ## SPA: ESLint (TypeScript, hooks, a11y, no cycles, no cross-feature imports) and Prettier
	cd frontend && npm run lint

format: $(FRONTEND_DEPS) ## Format Java (Spotless) and the SPA (Prettier)
	cd backend && $(MVN) spotless:apply
	cd frontend && npm run format

lint-contract: $(FRONTEND_DEPS) ## Lint openapi.yaml (Redocly)
	cd frontend && npx redocly lint ../openapi.yaml --config ../redocly.yaml

client-check: ## Generate a Java and a TypeScript client from openapi.yaml and build them (make test-e2e runs them)
	cd backend && $(MVN) -f ../clients/java/pom.xml clean compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
	cd clients/typescript && npm ci --no-audit --no-fund && npm run build

compose-check: ## Validate docker-compose.yml without a Docker engine (and that it has no default passwords)
	PAKT_DB_PASSWORD=check KEYCLOAK_ADMIN_PASSWORD=check docker-compose -f docker-compose.yml config --quiet
	@if env -u PAKT_DB_PASSWORD -u KEYCLOAK_ADMIN_PASSWORD docker-compose -f docker-compose.yml config --quiet 2>/dev/null; then \
		echo "docker-compose.yml must not start without passwords from the environment"; exit 1; fi

deploy-check: ## Render the Kubernetes overlays (kustomize) and validate them offline: API and operator schemas, lints
	deploy/kubernetes/check/deploy-check.sh

backup: build-backend ## Back up the make run database (online while it runs) to .local/backups/pakt-<timestamp>.zip
	@scripts/backup.sh

restore: build-backend ## Restore into an empty data folder: make restore BACKUP=<file> [PAKT_DATA_DIR=<folder>] [FORCE=1]
	@scripts/restore.sh "$(BACKUP)"

backup-check: build-backend ## Round trip on a throwaway database: backup, restore, every table's rows and checksum compared
	scripts/backup-check.sh

test-scaleout: build-backend ## Two backend processes on two network-namespace hosts behind HAProxy: races, kill -9, rolling restart
	scripts/scaleout-check.sh

test-e2e: build ## Browser tests in Chromium against the real stack and Keycloak, with axe scans
	scripts/e2e.sh

sizing: build-backend ## What one replica serves (1 CPU, 768 MiB): req/s, p99, CPU per request, memory, DB size (docs/operations.md)
	scripts/sizing.sh

bench: build-backend ## The API beside its own SQL (pgbench replay) on the demo data and 100x: req/s, ratio, p99, TTFR, RSS
	scripts/bench.sh

aot-cache: build-backend ## Train the backend's AOT cache with a JDK 25+ (BACKEND_JAVA=/path/to/java); run/bench/sizing then use it (ADR 0019)
	scripts/aot-cache.sh

bench-selection: build-backend ## Benchmark the selection proposal (300 applications, 4 quotas; ARGS="applications minPerRegion runs")
	java -cp backend/target/test-classes:backend/target/classes:$$(cat backend/target/test-classpath.txt) \
		de.pakt.selection.proposal.SelectionBenchmark $(ARGS)

bench-portal: build-frontend ## First load of the portal and of an app page on Chromium's Slow 4G (files, KB gzip, first paint, heading)
	cd frontend && node scripts/first-load.mjs /oeffentlich && node scripts/first-load.mjs /runden

bench-dashboard: ## Dashboard response times and statement counts on the demo data and on ten times as much (prints a table)
	cd backend && $(MVN) test -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false
	@cat backend/target/dashboard-bench.txt

openapi: $(FRONTEND_DEPS) ## Regenerate the SPA's API types from openapi.yaml (the backend's are generated by Maven)
	cd frontend && npm run generate

registry: ## Re-derive the registry migration and the map from BKG VG250 (see docs/registry.md)
	cd scripts/registry && npm ci --no-audit --no-fund && node derive-registry.mjs $(ARGS)

clean: ## Remove build output (keeps .local data)
	cd backend && $(MVN) clean
	rm -rf frontend/dist frontend/test-results frontend/e2e/test-results clients/java/target clients/typescript/dist
