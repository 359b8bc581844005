#!/usr/bin/env sh
# Fails when a generated file no longer matches the config: types, the GraphQL schema, the admin
# import map and the SQL migrations. Regenerates them all, then asks git whether anything moved.
set -eu
unset DATABASE_URL # generated files describe the default (SQLite) setup
export PAYLOAD_SECRET=${PAYLOAD_SECRET:-generation-only}
npm run --silent generate:types
npm run --silent generate:graphql
npm run --silent generate:importmap
sh scripts/migrations.sh drift_check
changed=$(git status --porcelain -- src/payload-types.ts schema.graphql 'src/app/(payload)/admin/importMap.js' src/migrations)
if [ -n "$changed" ]; then
  echo "Generated files drifted from the config (regenerate and commit them):" >&2
  echo "$changed" >&2
  git --no-pager diff --stat -- src/payload-types.ts schema.graphql src/app src/migrations >&2
  exit 1
fi
echo "Generated files match the config."
