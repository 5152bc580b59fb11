/** Starts the private speech-dispatcher the speech tests talk to, when the machine has one, and stops it after the run. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SPEECH_DIR } from './speech-daemon';

const daemonPid = (): number | undefined => {
	try {
		return Number(readFileSync(`${SPEECH_DIR}/speechd.pid`, 'utf8').trim()) || undefined;
	} catch {
		return undefined;
	}
};

export default function globalSetup(): () => void {
	const running = daemonPid();
	const result = spawnSync('bash', ['scripts/speech-daemon.sh', SPEECH_DIR], { encoding: 'utf8' });
	process.env.SPEECH_DAEMON = result.status === 0 ? 'ready' : result.stderr.trim() || `speech-dispatcher failed (exit ${result.status})`;
	const started = daemonPid();
	// The daemon this run started, by its own PID; one that was running before (the bench's, say) is left alone.
	return () => {
		if (!started || started === running) return;
		try {
			process.kill(started, 'SIGTERM');
		} catch {
			// Already gone.
		}
	};
}
