// Hears a page through a real screen reader: GNOME's Orca with Chromium on a private X display,
// keys sent with xdotool, and Orca's words read from a private speech-dispatcher's log.
//
//   node scripts/screen-reader.js http://localhost:4173/ru/ h h m b Tab
//
// prints what Orca says as the page loads and after each key (browse mode: h heading, m landmark,
// b button, Tab, Down line, Return activate, shift+alt+m landmark list). Orca runs in the page's
// language (a locale compiled privately: nothing on the system changes), since it speaks in its own
// locale's voice whatever the page's lang. Every process it starts is stopped by its own PID.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../tests/e2e/browser.js';

const LOCALES = { en: 'en_US', ru: 'ru_RU', ko: 'ko_KR' };
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const BUS_LAUNCHER = ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'];
const PACKAGES =
	'orca xvfb at-spi2-core dbus-daemon xdotool python3-pyatspi python3-speechd locales speech-dispatcher speech-dispatcher-espeak-ng espeak-ng chromium';

/** @param {string} command */
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Why a screen reader cannot run here, or undefined when it can. */
export function screenReaderUnavailable() {
	const missing = ['orca', 'Xvfb', 'xdotool', 'dbus-daemon', 'speech-dispatcher', 'localedef'].filter((c) => !onPath(c));
	if (!BUS_LAUNCHER.some(existsSync)) missing.push('at-spi-bus-launcher');
	if (!existsSync('/usr/share/i18n/locales/ru_RU')) missing.push('locale sources');
	if (!CHROMIUM.some(existsSync)) missing.push('chromium');
	return missing.length ? `no ${missing.join(', ')}: install them with "apt-get install -y ${PACKAGES}"` : undefined;
}

/** One thing Orca said, in the language the speech client had set. */
/** @typedef {{ lang: string; text: string }} Utterance */
/** @typedef {{ key: string; said: Utterance[] }[]} Transcript */

/**
 * Orca's words in a speech-dispatcher log: each `Queueing message |…|`, after the client's `SET self LANGUAGE`.
 * @param {string} log
 * @param {string} [lang] the language set before this part of the log
 */
export function utterancesIn(log, lang = '') {
	/** @type {Utterance[]} */
	const said = [];
	for (const line of log.split('\n')) {
		const set = /SET self LANGUAGE (\S+)/.exec(line);
		if (set) lang = set[1];
		const queued = /Queueing message \|([\s\S]*)\| with priority/.exec(line);
		if (!queued) continue;
		const text = queued[1]
			.replace(/<[^>]+>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ')
			.trim();
		if (text) said.push({ lang, text });
	}
	return said;
}

/**
 * Starts Orca and Chromium on `url`, in `lang`'s locale, and waits until the page has loaded and Orca
 * has gone quiet. `press` then sends one key and returns what Orca said for it.
 * @param {{ url: string; lang: keyof typeof LOCALES; windowSize?: string }} options
 */
export async function startScreenReader({ url, lang, windowSize = '1280,900' }) {
	const why = screenReaderUnavailable();
	if (why) throw new Error(why);
	const work = mkdtempSync(join(tmpdir(), 'reader-orca-'));
	/** @type {number[]} process group leaders */
	const groups = [];
	let speechPid = 0;
	const stop = async () => {
		// Newest first: the browser before Orca, Orca before its buses and display. Each leads a process
		// group of its own (detached), so what it started (Chromium's renderers, services the session bus
		// activated) goes with it.
		for (const pid of groups.reverse()) {
			try {
				process.kill(-pid, 'SIGTERM');
			} catch {
				continue; // Gone already.
			}
			for (let i = 0; i < 20; i++) {
				try {
					process.kill(-pid, 0);
				} catch {
					break;
				}
				await sleep(100);
			}
			try {
				process.kill(-pid, 'SIGKILL');
			} catch {
				// Gone.
			}
		}
		groups.length = 0;
		if (speechPid) {
			try {
				process.kill(speechPid, 'SIGTERM');
			} catch {
				// Gone.
			}
		}
		rmSync(work, { recursive: true, force: true });
	};

	try {
		const home = join(work, 'home');
		const runtime = join(work, 'run');
		const data = join(home, '.local/share');
		for (const dir of [runtime, join(data, 'orca'), join(home, '.config'), join(work, 'locale'), join(work, 'chromium/Default')])
			mkdirSync(dir, { recursive: true });
		chmodSync(runtime, 0o700);

		// Orca speaks in its own locale's voice: compile the page's locale into the work folder.
		const locale = LOCALES[lang];
		const compiled = spawnSync('localedef', ['-i', locale, '-f', 'UTF-8', join(work, 'locale', `${locale}.UTF-8`)], { encoding: 'utf8' });
		if (compiled.status !== 0 && compiled.status !== 1) throw new Error(`localedef ${locale}: ${compiled.stderr}`);

		const speech = join(work, 'speech');
		const daemon = spawnSync('bash', ['scripts/speech-daemon.sh', speech], { encoding: 'utf8' });
		if (daemon.status !== 0) throw new Error(`speech-dispatcher: ${daemon.stderr.trim()}`);
		speechPid = Number(readFileSync(join(speech, 'speechd.pid'), 'utf8'));
		const log = join(speech, 'log/speech-dispatcher.log');

		/** @type {NodeJS.ProcessEnv} */
		const env = {
			...process.env,
			HOME: home,
			XDG_RUNTIME_DIR: runtime,
			XDG_CONFIG_HOME: join(home, '.config'),
			XDG_DATA_HOME: data,
			XDG_CACHE_HOME: join(home, '.cache'),
			LOCPATH: join(work, 'locale'),
			LANG: `${locale}.UTF-8`,
			LANGUAGE: lang,
			LC_ALL: `${locale}.UTF-8`,
			DBUS_SESSION_BUS_ADDRESS: `unix:path=${runtime}/bus`,
			GTK_MODULES: 'gail:atk-bridge',
			ACCESSIBILITY_ENABLED: '1',
			SPEECHD_ADDRESS: `unix_socket:${speech}/speech-dispatcher/speechd.sock`
		};
		/**
		 * @param {string} command
		 * @param {string[]} args
		 * @param {import('node:child_process').SpawnOptions} [options]
		 */
		const start = (command, args, options = {}) => {
			const child = spawn(command, args, { env, stdio: 'ignore', detached: true, ...options });
			if (child.pid) groups.push(child.pid);
			return child;
		};

		// A display of its own: Xvfb picks a free number and writes it to fd 3.
		const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
			stdio: ['ignore', 'ignore', 'ignore', 'pipe']
		});
		env.DISPLAY = await new Promise((resolve, reject) => {
			xvfb.stdio[3]?.on('data', (data) => resolve(`:${data.toString().trim()}`));
			xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
			setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
		});

		start('dbus-daemon', ['--session', '--nofork', `--address=${env.DBUS_SESSION_BUS_ADDRESS}`]);
		await until(() => existsSync(join(runtime, 'bus')), 'the session bus');
		start(/** @type {string} */ (BUS_LAUNCHER.find(existsSync)), ['--launch-immediately']);

		// No setup dialog, no key echo, no reading the whole page aloud on load.
		const general = {
			enableSpeech: true,
			speechServerFactory: 'orca.speechdispatcherfactory',
			sayAllOnLoad: false,
			enableKeyEcho: false,
			enableEchoByCharacter: false,
			enableEchoByWord: false,
			enableEchoBySentence: false,
			firstStart: false
		};
		const profile = { profile: ['Default', 'default'], pronunciations: {}, keybindings: {} };
		writeFileSync(
			join(data, 'orca/user-settings.conf'),
			JSON.stringify({ general, pronunciations: {}, keybindings: {}, profiles: { default: profile } })
		);
		let mark = 0;
		// ORCA_DEBUG=<file> keeps Orca's own log of the events it got and why it spoke or not.
		start('orca', ['--replace', ...(process.env.ORCA_DEBUG ? [`--debug-file=${process.env.ORCA_DEBUG}`] : [])]);
		await until(() => existsSync(log) && utterancesIn(readFileSync(log, 'utf8')).length > 0, 'Orca to speak', 30_000);

		// The Translate prompt would be read on /ru/ and /ko/; it is turned off in the profile.
		writeFileSync(
			join(work, 'chromium/Default/Preferences'),
			JSON.stringify({ translate: { enabled: false }, translate_blocked_languages: ['ru', 'ko'] })
		);
		mark = statSync(log).size;
		start(/** @type {string} */ (CHROMIUM.find(existsSync)), [
			'--no-sandbox',
			...chromiumArgs,
			'--no-default-browser-check',
			'--force-renderer-accessibility',
			`--user-data-dir=${join(work, 'chromium')}`,
			`--window-size=${windowSize}`,
			`--lang=${lang}`,
			url
		]);

		/** What Orca said after `offset`, in the language its client set last before it. @param {number} offset */
		const since = (offset) => {
			const whole = readFileSync(log);
			const before = [
				...whole
					.subarray(0, offset)
					.toString('utf8')
					.matchAll(/SET self LANGUAGE (\S+)/g)
			].at(-1)?.[1];
			return utterancesIn(whole.subarray(offset).toString('utf8'), before);
		};
		/**
		 * Waits for Orca to say something after `offset`, then to be quiet for `quiet` ms; returns what it said.
		 * @param {number} offset
		 * @param {number} quiet
		 * @param {number} timeout
		 */
		const heard = async (offset, quiet, timeout) => {
			const end = Date.now() + timeout;
			let size = offset;
			let changed = Date.now();
			for (;;) {
				await sleep(100);
				const now = statSync(log).size;
				if (now !== size) [size, changed] = [now, Date.now()];
				const said = since(offset);
				if ((said.length && Date.now() - changed >= quiet) || Date.now() > end) return said;
			}
		};
		const loading = await heard(mark, 3000, 45_000);
		/** @type {Transcript} */
		const transcript = [{ key: 'load', said: loading }];

		return {
			transcript,
			/**
			 * Sends `key` (xdotool's names) and returns what Orca said for it, once it has gone quiet.
			 * @param {string} key
			 */
			async press(key) {
				const offset = statSync(log).size;
				const result = spawnSync('xdotool', ['key', '--clearmodifiers', key], { env });
				if (result.status !== 0) throw new Error(`xdotool key ${key}: ${result.stderr}`);
				const said = await heard(offset, 1200, 8000);
				transcript.push({ key, said });
				return said;
			},
			stop
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

/**
 * @param {() => boolean} ready
 * @param {string} what
 */
async function until(ready, what, timeout = 10_000) {
	const end = Date.now() + timeout;
	while (!ready()) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await sleep(100);
	}
}

/** The transcript as text: each key, then what Orca said, with its language. @param {Transcript} transcript */
export function formatTranscript(transcript) {
	return transcript.map(({ key, said }) => [`[${key}]`, ...said.map(({ lang, text }) => `  (${lang}) ${text}`)].join('\n')).join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [url, ...keys] = process.argv.slice(2);
	if (!url) {
		console.error('usage: node scripts/screen-reader.js <url> [key ...]   (for example: http://localhost:4173/ru/ h h m b)');
		process.exit(2);
	}
	const lang = /** @type {keyof typeof LOCALES} */ (/\/(en|ru|ko)(\/|$)/.exec(new URL(url).pathname)?.[1] ?? 'en');
	const reader = await startScreenReader({ url, lang });
	try {
		for (const key of keys) await reader.press(key);
		console.log(formatTranscript(reader.transcript));
	} finally {
		await reader.stop();
	}
}
