#!/bin/sh
# A streaming read replica on this machine's PostgreSQL 15 binaries, in /tmp, for trying
# DATABASE_READ_URL (docs/scaling.md). It does not touch the server on 5432: it makes its own primary
# (port 5441) and a hot standby streaming from it (port 5442), both as the postgres user, trust
# authentication on 127.0.0.1 only. Then:
#   PIKIR_REPLICA_PRIMARY_URL=postgres://postgres@127.0.0.1:5441/postgres \
#   PIKIR_REPLICA_READ_URL=postgres://postgres@127.0.0.1:5442/postgres \
#   npx vitest run src/server/http/portal/read-replica.test.ts
# `scripts/replica-setup.sh stop` stops both and removes the directory.
set -eu
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=${PIKIR_REPLICA_DIR:-/tmp/pikir-replica}
PRIMARY_PORT=${PRIMARY_PORT:-5441}
STANDBY_PORT=${STANDBY_PORT:-5442}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-}" = stop ]; then
  for d in standby primary; do [ -d "$DIR/$d" ] && as_pg "$BIN/pg_ctl" -D "$DIR/$d" -m fast stop || true; done
  rm -rf "$DIR"
  exit 0
fi

mkdir -p "$DIR" && chown postgres "$DIR" 2>/dev/null || true
as_pg "$BIN/initdb" -D "$DIR/primary" -U postgres --auth=trust --locale=C.UTF-8 -E UTF8 >/dev/null
cat >>"$DIR/primary/postgresql.conf" <<CONF
port = $PRIMARY_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
wal_level = replica
max_wal_senders = 4
shared_buffers = 64MB
CONF
echo "host replication postgres 127.0.0.1/32 trust" >>"$DIR/primary/pg_hba.conf"
as_pg "$BIN/pg_ctl" -D "$DIR/primary" -l "$DIR/primary.log" -w start >/dev/null
# The standby: a base backup of the primary with standby.signal and primary_conninfo (-R).
as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DIR/standby" -R -X stream >/dev/null
cat >>"$DIR/standby/postgresql.conf" <<CONF
port = $STANDBY_PORT
hot_standby = on
CONF
as_pg "$BIN/pg_ctl" -D "$DIR/standby" -l "$DIR/standby.log" -w start >/dev/null
psql -h 127.0.0.1 -p "$STANDBY_PORT" -U postgres -Atc "select 'standby in recovery: ' || pg_is_in_recovery()"
psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -Atc "select 'streaming to: ' || client_addr || ' ' || state from pg_stat_replication"
