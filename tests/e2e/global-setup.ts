/** Starts the private speech-dispatcher the speech tests talk to, when the machine has one. */
import { spawnSync } from 'node:child_process';
import { SPEECH_DIR } from './speech-daemon';

export default function globalSetup(): void {
	const result = spawnSync('bash', ['scripts/speech-daemon.sh', SPEECH_DIR], { encoding: 'utf8' });
	process.env.SPEECH_DAEMON = result.status === 0 ? 'ready' : result.stderr.trim() || `speech-dispatcher failed (exit ${result.status})`;
}
