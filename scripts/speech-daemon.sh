#!/usr/bin/env bash
# Starts a private speech-dispatcher for Chromium's --enable-speech-dispatcher, in $1 (default /tmp/reader-speech).
# The daemon Chromium would start by itself hangs after failing to open audio; this one writes to ALSA's
# null device and never exits on idle. Idempotent: a daemon already running there is kept.
# Chromium must then run with XDG_RUNTIME_DIR=$1. Log: $1/log/speech-dispatcher.log
set -euo pipefail
dir=${1:-/tmp/reader-speech}
if ! command -v speech-dispatcher >/dev/null 2>&1; then
	echo "speech-dispatcher is not installed (apt-get install speech-dispatcher espeak-ng speech-dispatcher-espeak-ng)" >&2
	exit 3
fi
if [ -f "$dir/speechd.pid" ] && kill -0 "$(cat "$dir/speechd.pid")" 2>/dev/null; then
	echo "$dir"
	exit 0
fi
rm -rf "$dir"
mkdir -p "$dir/speech-dispatcher" "$dir/log"
chmod 700 "$dir"
cp -r /etc/speech-dispatcher "$dir/conf"
{
	echo 'AudioOutputMethod "alsa"'
	echo 'AudioALSADevice "null"'
	echo 'Timeout 0'
	echo 'LogLevel 5'
} >>"$dir/conf/speechd.conf"
speech-dispatcher -d -c unix_socket -S "$dir/speech-dispatcher/speechd.sock" -C "$dir/conf" -L "$dir/log" \
	-P "$dir/speechd.pid" -t 0
# The daemon makes its socket and writes its pid file in either order: callers stop it by that pid.
started() { [ -S "$dir/speech-dispatcher/speechd.sock" ] && [ -s "$dir/speechd.pid" ]; }
for _ in $(seq 50); do
	started && break
	sleep 0.1
done
started || { echo "speech-dispatcher did not start; see $dir/log" >&2; exit 1; }
echo "$dir"
