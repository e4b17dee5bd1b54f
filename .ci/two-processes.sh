#!/usr/bin/env bash
# Two `next start` processes on one PostgreSQL behind nginx (.ci/nginx-two-processes.conf),
# then the sign-in, submit, grading, throttling and revocation journeys through the proxy.
# Usage: .ci/two-processes.sh <maintenance URL, e.g. postgres://postgres@127.0.0.1:55432/postgres>
# Needs a production build (apps/web/.next), nginx and Chromium. Exit code: Playwright's.
set -uo pipefail
cd "$(dirname "$0")/.."
admin_url=$1
database=debrief_two_processes
app_url="${admin_url%/*}/$database"
# Ports: the proxy on TWO_PROCESS_PORT (default 3300), the processes on the next two.
proxy_port=${TWO_PROCESS_PORT:-3300}
ports=("$((proxy_port + 1))" "$((proxy_port + 2))")
work=$(mktemp -d /tmp/debrief-two-processes.XXXXXX)
chmod 755 "$work"
mkdir -p "$work"/{client_body,proxy,fastcgi,uwsgi,scgi}
chmod 777 "$work"/{client_body,proxy,fastcgi,uwsgi,scgi}
pids=()

cleanup() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
}
trap cleanup EXIT

(cd packages/db && node -e '
  const pg = require("pg");
  const client = new pg.Client({ connectionString: process.argv[1] });
  (async () => {
    await client.connect();
    await client.query(`drop database if exists ${process.argv[2]} with (force)`);
    await client.query(`create database ${process.argv[2]}`);
    await client.end();
  })().catch((error) => { console.error(error); process.exit(1); });
' "$admin_url" "$database") || { echo "could not create $database" >&2; exit 1; }

# Several processes need the same AUTH_SECRET (each would otherwise sign cookies the other
# rejects) and, behind a proxy, TRUSTED_PROXIES naming it: nginx connects from 127.0.0.2.
secret=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')
for port in "${ports[@]}"; do
  (cd apps/web && exec env DATABASE_URL="$app_url" AUTH_SECRET="$secret" TRUSTED_PROXIES=127.0.0.2 \
    DEBRIEF_DATA_DIR="$work/data-$port" MAIL_DIR="$work/mail" SMTP_URL= NEXT_TELEMETRY_DISABLED=1 \
    node_modules/.bin/next start -H 127.0.0.1 -p "$port") >"$work/web-$port.log" 2>&1 &
  pids+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/login" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "http://127.0.0.1:$port/login" >/dev/null || {
    echo "web process on $port did not start" >&2
    cat "$work/web-$port.log" >&2
    exit 1
  }
done
# The committed configuration, with this run's ports.
sed -e "s/3300/$proxy_port/; s/3301/${ports[0]}/; s/3302/${ports[1]}/" \
  .ci/nginx-two-processes.conf >"$work/nginx.conf"
nginx -p "$work/" -c "$work/nginx.conf" || { cat "$work/error.log" >&2; exit 1; }
curl -fs "http://127.0.0.1:$proxy_port/login" >/dev/null || { echo "nginx does not answer" >&2; exit 1; }
echo "two web processes (${ports[*]}) behind nginx ($proxy_port), one PostgreSQL: $app_url"

# The journeys read mail (e.g. an invitee's emailed link) from the processes' shared folder.
E2E_BASE_URL="http://127.0.0.1:$proxy_port" E2E_MAIL_DIR="$work/mail" \
  E2E_BACKENDS="http://127.0.0.1:${ports[0]},http://127.0.0.1:${ports[1]}" \
  pnpm --filter @debrief/e2e exec playwright test tests/multi-process.spec.ts tests/auth.spec.ts \
  tests/practice.spec.ts tests/coach.spec.ts \
  --grep "across processes|refused by both|signing in|answer, read the evidence|grades the answer"
status=$?
for port in "${ports[@]}"; do
  echo "requests served by the process on $port: $(grep -c "upstream=127.0.0.1:$port" "$work/access.log" || true)"
done
exit $status
