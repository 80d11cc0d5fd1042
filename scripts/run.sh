#!/usr/bin/env bash
# The main job: install what is missing, build, and watch the bundled demo feeds.
# Until the dashboard lands this runs headless mode against a local feedpulse-server and prints the
# engine's JSON events. Stop it with Ctrl+C. Extra arguments go to feedpulse (e.g. --duration 20).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${BUILD_PACKAGES[@]}"
BUILD=${FEEDPULSE_BUILD:-$FEEDPULSE_ROOT/build}
build_tree "$BUILD" Release -- feedpulse feedpulse-server

# The demo feeds, on loopback; the first line the server prints is {"event":"ready","port":N,...}.
server_log=$(mktemp)
"$BUILD/app/feedpulse-server" --port 0 --feed /ticker:5 --feed /chat:1 --feed /telemetry:10 \
    --feed /backup:2 --heartbeat-interval 15000 --heartbeat-timeout 5000 >"$server_log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$server_log"' EXIT
for _ in $(seq 50); do
    grep -q '"event":"ready"' "$server_log" && break
    sleep 0.1
done
FEEDPULSE_DEMO_PORT=$(sed -n 's/.*"event":"ready","port":\([0-9]*\).*/\1/p' "$server_log" | head -n1)
[ -n "$FEEDPULSE_DEMO_PORT" ] || { cat "$server_log" >&2; log "The demo server did not start"; exit 1; }
export FEEDPULSE_DEMO_PORT
export FEEDPULSE_DEMO_TOKEN=demo-secret-token

log "Demo server on 127.0.0.1:$FEEDPULSE_DEMO_PORT; watching resources/demo.json (Ctrl+C stops)"
"$BUILD/app/feedpulse" --headless --config "$FEEDPULSE_ROOT/resources/demo.json" --stats-interval 5000 "$@"
