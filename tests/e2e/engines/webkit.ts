/**
 * WebKitGTK, the engine closest to Safari: Debian's MiniBrowser driven by WebKitWebDriver through
 * selenium-webdriver, on a private Xvfb display. Every process is stopped by its own PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../servers';
import { watchPage, type Driver } from './driver';

const WEBDRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';

/** Where the package put MiniBrowser (its folder carries the library's ABI version). */
function miniBrowser(): string | undefined {
	const listed = spawnSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' });
	return listed.stdout?.split('\n').find((path) => path.endsWith('/MiniBrowser') && existsSync(path));
}

/** Why WebKit cannot run here, or undefined when it can. */
export function webkitUnavailable(): string | undefined {
	if (existsSync(WEBDRIVER) && existsSync(XVFB) && miniBrowser()) return undefined;
	return 'no WebKitGTK: install it with "apt-get install -y webkit2gtk-driver xvfb"';
}

/**
 * A copy of the build whose pages run `watchPage` before anything else: WebKitWebDriver has no
 * script-before-load command (its BiDi is off in Debian's build), so the pages carry it. It goes
 * right after `<meta charset>`, ahead of the Content-Security-Policy meta, which applies from where
 * it stands: the page's own policy is unchanged. The service worker precaches these same pages, so
 * the watcher runs offline too. Precompressed copies of the changed pages are dropped.
 */
export function watchedBuild(dir = 'build'): { dir: string; remove(): void } {
	const copy = mkdtempSync(join(tmpdir(), 'reader-webkit-build-'));
	cpSync(dir, copy, { recursive: true });
	const script = `<script>(${watchPage.toString()})()</script>`;
	for (const file of readdirSync(copy, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const path = join(copy, file);
		const html = readFileSync(path, 'utf8');
		const charset = '<meta charset="utf-8" />';
		if (!html.includes(charset)) throw new Error(`${file}: no ${charset} to put the watcher after`);
		writeFileSync(path, html.replace(charset, `${charset}${script}`));
		rmSync(`${path}.br`, { force: true });
		rmSync(`${path}.gz`, { force: true });
	}
	return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/** Starts `command` and resolves once `ready()` says it is up; kills it by PID if it never is. */
async function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, ready: () => Promise<boolean>): Promise<ChildProcess> {
	const child = spawn(command, args, { env, stdio: 'ignore', detached: true });
	const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${command} exited (${code})`))));
	for (let i = 0; i < 100; i++) {
		if (await Promise.race([ready(), exited])) return child;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	process.kill(-child.pid!, 'SIGKILL');
	throw new Error(`${command} did not start`);
}

/** Sends SIGTERM, then SIGKILL if the process is still there after a second. */
async function stopProcess(child: ChildProcess | undefined, group = false): Promise<void> {
	if (!child?.pid) return;
	const pid = group ? -child.pid : child.pid;
	const signal = (name: NodeJS.Signals | 0) => {
		try {
			process.kill(pid, name);
			return true;
		} catch {
			return false; // Gone already.
		}
	};
	if (!signal('SIGTERM')) return;
	// Until nothing in the group is left (a process's exit event says nothing of its children).
	for (let i = 0; i < 20 && signal(0); i++) await new Promise((resolve) => setTimeout(resolve, 100));
	signal('SIGKILL');
}

export async function webkitDriver(): Promise<Driver> {
	const { Builder, By, until } = await import('selenium-webdriver');
	const home = mkdtempSync(join(tmpdir(), 'reader-webkit-'));
	let xvfb: ChildProcess | undefined;
	let webdriver: ChildProcess | undefined;
	let session: import('selenium-webdriver').WebDriver | undefined;
	const stop = async () => {
		await session?.quit().catch(() => undefined);
		// WebKitWebDriver leads a process group of its own: MiniBrowser and WebKit's web and network
		// processes go with it, by the group's PID, even when quitting the session failed.
		await stopProcess(webdriver, true);
		await stopProcess(xvfb);
		rmSync(home, { recursive: true, force: true });
	};
	try {
		// Xvfb picks a free display itself and writes its number to fd 3.
		xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
			stdio: ['ignore', 'ignore', 'ignore', 'pipe']
		});
		const display = await new Promise<string>((resolve, reject) => {
			xvfb!.stdio[3]!.on('data', (data: Buffer) => resolve(`:${data.toString().trim()}`));
			xvfb!.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
			setTimeout(() => reject(new Error('Xvfb did not start')), 10_000);
		});
		const port = await freePort();
		const env = {
			...process.env,
			DISPLAY: display,
			HOME: home,
			XDG_CONFIG_HOME: join(home, '.config'),
			XDG_CACHE_HOME: join(home, '.cache'),
			XDG_DATA_HOME: join(home, '.local')
		};
		webdriver = await startProcess(WEBDRIVER, [`--port=${port}`], env, () =>
			fetch(`http://127.0.0.1:${port}/status`).then(
				(r) => r.ok,
				() => false
			)
		);
		session = await new Builder()
			.usingServer(`http://127.0.0.1:${port}`)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] }
			})
			.build();
	} catch (error) {
		await stop();
		throw error;
	}
	const driver = session;
	return {
		engine: 'webkit',
		goto: (url) => driver.get(url),
		reload: () => driver.navigate().refresh(),
		evaluate: async (fn, arg) => {
			// The function's source goes into the script itself: an eval inside the page would be
			// refused by its Content-Security-Policy.
			const result = (await driver.executeAsyncScript(
				`const done = arguments[arguments.length - 1];
				Promise.resolve()
					.then(() => (${fn.toString()})(arguments[0]))
					.then((value) => done({ value }), (error) => done({ error: String(error) }));`,
				arg
			)) as { value: never } | { error: string };
			if ('error' in result) throw new Error(`webkit: ${result.error}`);
			return result.value;
		},
		inject: async (source) => void (await driver.executeScript(source)),
		click: async (selector) => {
			const element = await driver.wait(until.elementLocated(By.css(selector)), 15_000);
			await driver.wait(until.elementIsVisible(element), 15_000);
			await element.click();
		},
		press: (key) => driver.actions().sendKeys(key).perform(),
		close: stop
	};
}
