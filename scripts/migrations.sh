#!/usr/bin/env sh
# Creates a migration for each SQL dialect from the current config: `npm run migrate:create -- name`.
# Migration files are committed; production applies them on start. No database is needed to
# create them (Payload compares with the last migration's snapshot), so any URL of the dialect does.
set -eu
name=${1:-schema}
shift || true
export NODE_OPTIONS=--conditions=production
export PAYLOAD_SECRET=${PAYLOAD_SECRET:-migration-generation-only}
DATABASE_URL=file:./data/migrations-scratch.db npx payload migrate:create "$name" --skip-empty "$@"
DATABASE_URL=postgres://migrations@localhost:5432/unused npx payload migrate:create "$name" --skip-empty "$@"
