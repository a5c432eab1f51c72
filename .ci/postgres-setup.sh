#!/usr/bin/env bash
# Starts a local PostgreSQL (installed by .ci/run) on loopback and makes a throwaway role and
# database for the store tests. Idempotent. Prints one line on standard output,
# "PORT VERSION CLUSTER STARTED" (STARTED is 1 when this script started the server, so the caller
# can stop it again), and what it did on standard error.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  $SUDO pg_createcluster "$version" main >&2
  cluster="$version main"
fi
# shellcheck disable=SC2086
set -- $cluster
started=0
if ! pg_lsclusters --no-header | awk -v v="$1" -v n="$2" '$1==v && $2==n && $4=="online" {found=1} END {exit !found}'; then
  $SUDO pg_ctlcluster "$1" "$2" start >&2
  started=1
fi
port=$(pg_lsclusters --no-header | awk -v v="$1" -v n="$2" '$1==v && $2==n {print $3}')

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"; fi
}
as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL
SELECT 'CREATE ROLE rls_test LOGIN PASSWORD ''rls_test'''
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rls_test') \gexec
SELECT 'CREATE DATABASE rls_test OWNER rls_test'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'rls_test') \gexec
SQL
echo "PostgreSQL $1/$2 on 127.0.0.1:$port, database rls_test" >&2
echo "$port $1 $2 $started"
