#!/usr/bin/env bash
# Adds the rows of extra-rows.sql that the fixture's schema has tables for (sections
# "-- schema N" up to its version), in one transaction, and leaves the file in rollback
# journal mode as a fixture should be. Usage: add-extra-rows.sh vN.sqlite
# A new fixture: build/bin/verkstan-cli init --db tests/data/schema/vN.sqlite --demo,
# then this script.
set -euo pipefail
db="$1"
here="$(cd "$(dirname "$0")" && pwd)"
version="$(sqlite3 "$db" 'SELECT MAX(version) FROM schema_version')"
{
  echo 'PRAGMA foreign_keys = ON;'
  echo 'BEGIN IMMEDIATE;'
  awk -v max="$version" '/^-- schema [0-9]+$/ { on = ($3 <= max); next } on' "$here/extra-rows.sql"
  echo 'COMMIT;'
  echo 'PRAGMA foreign_key_check;'
  echo 'PRAGMA journal_mode = DELETE;'
} | sqlite3 -bail "$db"
