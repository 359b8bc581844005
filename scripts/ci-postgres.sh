#!/usr/bin/env bash
# Installs PostgreSQL from Debian when absent, starts it, and prints a URL for the test suite.
# Used by .ci/run; on a developer machine it is a one-off (needs root, as CI has).
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian…" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

cluster=$(pg_lsclusters --no-header | head -n 1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != "online" ]; then
  pg_ctlcluster "$version" "$name" start >&2
fi

password=newsroom-ci
su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD '$password'\"" >&2
echo "postgres://postgres:$password@127.0.0.1:$port/postgres"
