#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for one test run: every storage and service test runs against
# it as well as against SQLite. Nothing is installed system-wide and no system cluster is used.
#
#   eval "$(scripts/test-server.sh start)"   starts a cluster in a new temporary folder and prints
#                                            the variables the tests read (export lines)
#   scripts/test-server.sh stop DIR          stops it and deletes the folder
#   scripts/test-server.sh pause DIR         stops the server, keeping its data (a server that
#                                            went away, for the connection-loss tests)
#   scripts/test-server.sh resume DIR        starts it again on the same port
#
# The cluster listens on a Unix socket in its own folder and on 127.0.0.1 (a free port), trusts
# local connections, and runs without fsync (a test run's data is thrown away). As root, initdb
# and the server run as the `postgres` account, which the postgresql-15 package creates.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin

as_server_user() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-}" in
start)
    dir=$(mktemp -d /tmp/needlechart-pg.XXXXXX)
    chmod 0755 "$dir"
    [[ $(id -u) == 0 ]] && chown postgres: "$dir"
    as_server_user "$bin/initdb" --pgdata="$dir/data" --auth=trust --username=postgres \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
log_min_messages = warning
CONF
    started=false
    for _ in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 30000))
        if as_server_user "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" \
            --options="-p $port" --wait --timeout=60 start >/dev/null 2>&1; then
            started=true
            break
        fi
    done
    if ! $started; then
        echo "test-server.sh: the PostgreSQL test cluster did not start:" >&2
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    echo "export NEEDLECHART_TEST_POSTGRES='host=$dir port=$port user=postgres dbname=postgres'"
    echo "export NEEDLECHART_TEST_POSTGRES_TCP='host=127.0.0.1 port=$port user=postgres dbname=postgres'"
    echo "export NEEDLECHART_TEST_POSTGRES_DIR='$dir'"
    echo "export NEEDLECHART_TEST_POSTGRES_PORT='$port'"
    echo "$port" >"$dir/port"
    ;;
pause)
    dir="${2:?usage: test-server.sh pause DIR}"
    as_server_user "$bin/pg_ctl" --pgdata="$dir/data" --mode=fast --wait stop >/dev/null
    ;;
resume)
    dir="${2:?usage: test-server.sh resume DIR}"
    as_server_user "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" \
        --options="-p $(cat "$dir/port")" --wait --timeout=60 start >/dev/null
    ;;
stop)
    dir="${2:?usage: test-server.sh stop DIR}"
    [[ "$dir" == /tmp/needlechart-pg.* ]] || { echo "test-server.sh: not a test cluster: $dir" >&2; exit 2; }
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_server_user "$bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
