#!/bin/bash
# Creates (or updates) one database per service with its two roles:
#   <owner>  owns the database and its schemas: Flyway migrations run as this role
#   <app>    the runtime role: DML only, NOBYPASSRLS, not the table owner, so row-level security applies
# Idempotent: re-running only resets the passwords and the grants. Runs as a PostgreSQL superuser
# (PGHOST/PGUSER/PGPASSWORD in the environment); used by the chart's provisioning Job for the
# in-cluster PostgreSQL and usable as-is against an existing server (see docs/deploy.md).
#
# Input: PITLANE_DATABASES="db1 db2 ..." and for each database (name upper-cased, non-alphanumerics
# as _): <DB>_OWNER_USERNAME, <DB>_OWNER_PASSWORD, <DB>_APP_USERNAME, <DB>_APP_PASSWORD.
set -euo pipefail

for _ in $(seq 1 90); do
  pg_isready -q && break
  echo "waiting for PostgreSQL at ${PGHOST:-localhost}..."
  sleep 2
done
pg_isready

provision() {
  local db=$1 owner=$2 owner_pw=$3 app=$4 app_pw=$5
  echo "provisioning database ${db} (owner ${owner}, application role ${app})"
  psql -v ON_ERROR_STOP=1 -X -q -d postgres \
    -v db="$db" -v owner="$owner" -v owner_pw="$owner_pw" -v app="$app" -v app_pw="$app_pw" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
ALTER ROLE :"owner" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_pw';
ALTER ROLE :"app" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_pw';
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app";
SQL
  psql -v ON_ERROR_STOP=1 -X -q -d "$db" -v owner="$owner" -v app="$app" <<'SQL'
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
GRANT USAGE ON SCHEMA public TO :"app";
-- whatever the owner creates later (tables, sequences, schemas of its own) the application may use
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" GRANT USAGE, SELECT ON SEQUENCES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" GRANT EXECUTE ON FUNCTIONS TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" GRANT USAGE ON SCHEMAS TO :"app";
-- and what it already created (re-runs)
SELECT format('GRANT USAGE ON SCHEMA %I TO %I', nspname, :'app') FROM pg_namespace
  WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', nspname, :'app') FROM pg_namespace
  WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', nspname, :'app') FROM pg_namespace
  WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = :'owner') \gexec
SQL
}

for db in ${PITLANE_DATABASES}; do
  key=$(echo "$db" | tr '[:lower:]' '[:upper:]' | tr -c 'A-Z0-9\n' '_')
  owner_user_var="${key}_OWNER_USERNAME"; owner_pw_var="${key}_OWNER_PASSWORD"
  app_user_var="${key}_APP_USERNAME"; app_pw_var="${key}_APP_PASSWORD"
  provision "$db" "${!owner_user_var}" "${!owner_pw_var}" "${!app_user_var}" "${!app_pw_var}"
done
echo "all databases provisioned"
