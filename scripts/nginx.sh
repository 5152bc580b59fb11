#!/usr/bin/env bash
# Serves a build with deploy/nginx.conf: scripts/nginx.sh BUILD_DIR PORT WORK_DIR (runs in the foreground).
set -euo pipefail
root=$(cd "${1:-build}" && pwd)
port=${2:-8080}
tmp=${3:-$(mktemp -d)}
mkdir -p "$tmp"
sed -e "s#__ROOT__#$root#g" -e "s#__PORT__#$port#g" -e "s#__TMP__#$tmp#g" "$(dirname "$0")/../deploy/nginx.conf" >"$tmp/nginx.conf"
nginx=$(command -v nginx || echo /usr/sbin/nginx)
exec "$nginx" -c "$tmp/nginx.conf" -e "$tmp/error.log"
