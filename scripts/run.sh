#!/usr/bin/env bash
# The main job: install what is missing, build, and open the dashboard on the built-in demo feeds
# (`feedpulse --demo`: a feed server on 127.0.0.1 inside the app). Without a display it runs the
# same kind of demo headless instead, against feedpulse-server, and prints the engine's JSON events.
# Extra arguments go to feedpulse (e.g. --lang zh_CN, or --duration 20 for the headless demo).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ensure_packages "${BUILD_PACKAGES[@]}"
BUILD=${FEEDPULSE_BUILD:-$FEEDPULSE_ROOT/build}

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    build_tree "$BUILD" Release -- feedpulse
    log "Opening the FeedPulse demo window"
    exec "$BUILD/app/feedpulse" --demo "$@"
fi

build_tree "$BUILD" Release -- feedpulse feedpulse-server
log "No display found: running the demo headless (Ctrl+C stops)"

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
