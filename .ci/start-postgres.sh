#!/usr/bin/env bash
# Starts a local PostgreSQL server for the shared-database test and prints its address
# (postgresql://user:password@localhost:port/database) on stdout; everything else goes
# to stderr. Installs Debian's postgresql when missing. Exits non-zero when no server
# can be had; .ci/run then fails (unless VERKSTAN_TEST_WITHOUT names postgresql).
set -euo pipefail

as_root=()
as_postgres=(runuser -u postgres --)
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "start-postgres: not root and no sudo" >&2; exit 1; }
  as_root=(sudo -n)
  as_postgres=(sudo -n -u postgres)
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "start-postgres: installing postgresql" >&2
  if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2; then
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  fi
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
  "${as_root[@]}" pg_createcluster "$version" main >&2
fi
read -r cluster_version cluster_name port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != "online" ]; then
  "${as_root[@]}" pg_ctlcluster "$cluster_version" "$cluster_name" start >&2
fi

user=verkstan_test
password=verkstan_test
database=verkstan_test
"${as_postgres[@]}" psql -p "$port" -v ON_ERROR_STOP=1 -q >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN PASSWORD '$password';
  END IF;
END \$\$;
SQL
if ! "${as_postgres[@]}" psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1; then
  "${as_postgres[@]}" createdb -p "$port" -O "$user" "$database" >&2
fi
echo "postgresql://$user:$password@localhost:$port/$database"
