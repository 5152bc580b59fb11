/** The speech-dispatcher the speech tests start (scripts/speech-daemon.sh) and whose log they read. */
import { spawnSync } from 'node:child_process';
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

/**
 * A daemon of one's own, in /tmp/reader-speech-<name>: for an engine whose pages must not talk over
 * the speech tests'. Stopped by its own PID.
 */
export function privateSpeechDaemon(name: string): { socket: string; stop(): void } {
	const dir = `/tmp/reader-speech-${name}`;
	const result = spawnSync('bash', ['scripts/speech-daemon.sh', dir], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`speech-dispatcher for ${name}: ${result.stderr.trim()}`);
	const pid = Number(readFileSync(`${dir}/speechd.pid`, 'utf8').trim());
	return {
		socket: `${dir}/speech-dispatcher/speechd.sock`,
		stop: () => {
			try {
				process.kill(pid, 'SIGTERM');
			} catch {
				// Already gone.
			}
		}
	};
}
