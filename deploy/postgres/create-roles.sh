#!/bin/sh
# Run by the postgres:16 image at its first start (mounted in /docker-entrypoint-initdb.d by deploy/docker-compose.yml;
# in Kubernetes from the ConfigMap upr-fund-db-roles, made from this file: see deploy/README.md).
#
# For each module of the suite, its own database and two roles, none of them a superuser:
#   <database>_owner  owns the database (so its public schema): runs the migrations, and the gateway's rebuild schemas;
#   <database>_app    owns nothing: the module serves its requests (and the gateway applies its events) as this role,
#                     which the owner grants the rows of its tables at every start.
# Nobody else may connect to a module's database (CONNECT is revoked from PUBLIC): a module's roles cannot reach
# another module's data. The passwords come from the environment (a Secret, or the env file made by
# deploy/compose-secrets), never from this file: <DATABASE>_OWNER_PASSWORD and <DATABASE>_APP_PASSWORD.
set -eu

for database in contributions projects recommendations gateway; do
    upper=$(echo "$database" | tr '[:lower:]' '[:upper:]')
    owner_password=$(printenv "${upper}_OWNER_PASSWORD") || { echo "create-roles: ${upper}_OWNER_PASSWORD is not set" >&2; exit 1; }
    app_password=$(printenv "${upper}_APP_PASSWORD") || { echo "create-roles: ${upper}_APP_PASSWORD is not set" >&2; exit 1; }
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        -v database="$database" -v owner="${database}_owner" -v app="${database}_app" \
        -v owner_password="$owner_password" -v app_password="$app_password" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE :"database" OWNER :"owner";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"owner";
GRANT CONNECT ON DATABASE :"database" TO :"app";
SQL
    echo "create-roles: database $database, owned by ${database}_owner, served as ${database}_app"
done
