#!/usr/bin/env bash
# Load test of `draftkit serve` over loopback (bench/LoadTest.java): starts a server on a free port with the
# given job limits, runs CLIENTS concurrent clients posting real files to every endpoint for DURATION seconds (at
# most REQUESTS requests), checks that every answer is 2xx or a designed 413/422/503 and that the server answers
# normally right after, and prints throughput, p50/p99 latency and the server's peak RSS.
#
#   bench/load.sh                     CLIENTS=8 DURATION=60 REQUESTS=2000 MAX_UPLOAD_MB=5 (jobs: the cores)
#   SERVE_OPTS='--max-jobs 1 --max-queued 1' bench/load.sh
#   DRAFTKIT_JAVA_OPTS=-Xmx512m bench/load.sh     (the server's JVM options)
#
# Loopback only; bounded in time and count. Needs a built jar (./draftkit builds it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./draftkit --version > /dev/null
jar="$root/toolkit-cli/target/draftkit.jar"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
upload=${MAX_UPLOAD_MB:-5}
log=$(mktemp)
# shellcheck disable=SC2086
java ${DRAFTKIT_JAVA_OPTS:-} -jar "$jar" serve --port "$port" --max-upload-mb "$upload" ${SERVE_OPTS:-} > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q listening "$log" && break
  sleep 0.2
done
grep -q listening "$log" || { cat "$log"; echo "the server did not start" >&2; exit 1; }
echo "server pid $pid on port $port: java ${DRAFTKIT_JAVA_OPTS:-} -jar draftkit.jar serve --max-upload-mb $upload ${SERVE_OPTS:-}"
java bench/LoadTest.java "http://127.0.0.1:$port" "$pid" "${CLIENTS:-8}" "${DURATION:-60}" \
  "${REQUESTS:-2000}" "$upload"
kill "$pid"
wait "$pid" 2>/dev/null || true
if grep -q "ERROR\|Exception" "$log"; then
  echo "server log:"; grep -m 20 "ERROR\|Exception" "$log"
fi
