#!/usr/bin/env bash
# Gives every Caregraph subgraph its own database and two roles of its own, so that one compromised
# subgraph can read nothing but its own data:
#   <database>_owner    owns the database and its schema; runs the migrations (the only role that changes tables)
#   <database>_runtime  what the serving subgraph logs in as: CONNECT to its own database only, and
#                       SELECT/INSERT/UPDATE/DELETE on the tables the owner creates (default privileges);
#                       no superuser, no CREATEDB, no CREATEROLE, cannot create, alter or drop tables;
#                       statement_timeout 30 s and idle_in_transaction_session_timeout 60 s.
# CONNECT on each database is revoked from PUBLIC, so no other role (another subgraph's included) gets in.
#
# Runs as a superuser with psql 15 or later (for \getenv), once, on a new server:
#   - Docker Compose mounts it into /docker-entrypoint-initdb.d (the postgres image runs it on an empty volume);
#   - elsewhere (Kubernetes job, a managed server): PGHOST=… PGUSER=<superuser> ./init-subgraph-databases.sh
# Running it again is safe: what exists is kept, passwords and privileges are set afresh.
#
# The notifications database also holds the delivery worker's queue (graphile-worker's schema `graphile_worker`),
# made by the worker's `migrate` as the owner role. graphile-worker turns row-level security on for its tables
# with no policy, so only that role may use them: the runtime role queues a delivery only through the
# SECURITY DEFINER function `queue_delivery` of the notifications migrations.
#
# Passwords: <PREFIX>_DB_OWNER_PASSWORD and <PREFIX>_DB_RUNTIME_PASSWORD for PREFIX in ACCOUNTS, THERAPISTS,
# BOOKINGS, CARE_PLANS, NOTIFICATIONS, or a file holding each (<NAME>_FILE). Every one is required: no role is made without.
# CAREGRAPH_DATABASE_PREFIX (optional) prefixes every database and role name (e.g. a throwaway test set).
set -euo pipefail

# "<database> <variable prefix>" of every subgraph (scripts/lib/subgraphs.mjs, docs/architecture.md#ports).
SUBGRAPHS=("accounts ACCOUNTS" "therapists THERAPISTS" "bookings BOOKINGS" "care_plans CARE_PLANS" "notifications NOTIFICATIONS")
NAME_PREFIX="${CAREGRAPH_DATABASE_PREFIX:-}"

if [[ ! "$NAME_PREFIX" =~ ^[a-z0-9_]*$ ]]; then
  echo "init-subgraph-databases: CAREGRAPH_DATABASE_PREFIX may hold only a-z, 0-9 and _" >&2
  exit 1
fi

# The value of variable $1, or the contents of the file named by $1_FILE; fails naming the variable (never the value).
secret() {
  local name=$1 file_variable="${1}_FILE"
  if [[ -n "${!file_variable:-}" ]]; then
    tr -d '\r\n' <"${!file_variable}"
  elif [[ -n "${!name:-}" ]]; then
    printf '%s' "${!name}"
  else
    echo "init-subgraph-databases: set $name (or ${name}_FILE): every subgraph role needs its own password" >&2
    return 1
  fi
}

# The superuser the postgres image created (POSTGRES_USER), or PGUSER / postgres elsewhere.
psql_as_superuser() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "${POSTGRES_USER:-${PGUSER:-postgres}}" --dbname postgres "$@"
}

# Every password first: a missing one stops the script before any role or database is made.
for entry in "${SUBGRAPHS[@]}"; do
  read -r _ prefix <<<"$entry"
  secret "${prefix}_DB_OWNER_PASSWORD" >/dev/null
  secret "${prefix}_DB_RUNTIME_PASSWORD" >/dev/null
done

for entry in "${SUBGRAPHS[@]}"; do
  read -r database prefix <<<"$entry"
  owner_password=$(secret "${prefix}_DB_OWNER_PASSWORD")
  runtime_password=$(secret "${prefix}_DB_RUNTIME_PASSWORD")
  # Passwords through psql's environment, not its arguments, which any process on the host may list.
  INIT_OWNER_PASSWORD="$owner_password" INIT_RUNTIME_PASSWORD="$runtime_password" psql_as_superuser \
    -v database="${NAME_PREFIX}${database}" \
    -v owner="${NAME_PREFIX}${database}_owner" \
    -v runtime="${NAME_PREFIX}${database}_runtime" <<'SQL'
\getenv owner_password INIT_OWNER_PASSWORD
\getenv runtime_password INIT_RUNTIME_PASSWORD
-- Roles: created when missing, then (re)set, so a second run repairs attributes and rotates passwords.
select format('create role %I', :'owner') where not exists (select from pg_roles where rolname = :'owner') \gexec
select format('create role %I', :'runtime') where not exists (select from pg_roles where rolname = :'runtime') \gexec
alter role :"owner" with login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls password :'owner_password';
alter role :"runtime" with login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls password :'runtime_password';
-- The last line behind each request's own deadline (docs/adr/026): no statement of a serving subgraph runs
-- past 30 seconds, and no transaction of it sits idle and open, holding its locks, past a minute.
alter role :"runtime" set statement_timeout = '30s';
alter role :"runtime" set idle_in_transaction_session_timeout = '60s';

-- The database belongs to its owner role; nobody but its two roles may connect.
select format('create database %I owner %I', :'database', :'owner') where not exists (select from pg_database where datname = :'database') \gexec
alter database :"database" owner to :"owner";
revoke all on database :"database" from public;
grant connect on database :"database" to :"runtime";

\connect :"database"
-- The owner role owns schema public outright: from PostgreSQL 15 it belongs to pg_database_owner, whose
-- rights a NOINHERIT role does not get (and an older template1 gives it to the bootstrap superuser).
-- PUBLIC may not create in it or even use it: only the runtime role (besides the owner) may.
alter schema public owner to :"owner";
revoke all on schema public from public;
grant usage on schema public to :"runtime";
-- Rows, never structure: every table and sequence the owner's migrations create is readable and writable by the runtime role.
alter default privileges for role :"owner" in schema public grant select, insert, update, delete on tables to :"runtime";
alter default privileges for role :"owner" in schema public grant usage, select on sequences to :"runtime";
-- Tables already there (a second run after migrations) get the same rights.
grant select, insert, update, delete on all tables in schema public to :"runtime";
grant usage, select on all sequences in schema public to :"runtime";
SQL
  echo "init-subgraph-databases: ${NAME_PREFIX}${database} with roles ${NAME_PREFIX}${database}_owner and ${NAME_PREFIX}${database}_runtime"
done
