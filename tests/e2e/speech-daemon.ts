/** The speech-dispatcher the speech tests start (scripts/speech-daemon.sh) and whose log they read. */
import { readFileSync, statSync } from 'node:fs';

export const SPEECH_DIR = '/tmp/reader-speech';
const LOG = `${SPEECH_DIR}/log/speech-dispatcher.log`;

/** Why speech tests cannot run here, or undefined when the daemon is up. */
export function speechUnavailable(): string | undefined {
	return process.env.SPEECH_DAEMON === 'ready' ? undefined : (process.env.SPEECH_DAEMON ?? 'the speech daemon was not started');
}

/** Marks the log's current end; `since()` then returns what the daemon logged after it. */
export function daemonLog(): { since(): string } {
	const offset = statSync(LOG).size;
	return { since: () => readFileSync(LOG).subarray(offset).toString('utf8') };
}
