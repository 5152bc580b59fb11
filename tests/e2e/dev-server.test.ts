/**
 * `npm run dev` serves the reader: the development server renders every article with the same
 * hook as the build (language, saved settings, start after paint), and its policy header allows the
 * scripts that hook writes.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { articles, common } from './content';
import { freePort } from './servers';

const LANGS = ['en', 'ru', 'ko'] as const;

let server: ChildProcess | undefined;
let origin = '';

test.describe('the development server', () => {
	// One server for the three languages; its first page compiles the app, which takes a while on 2 cores.
	test.describe.configure({ mode: 'serial', timeout: 120_000 });

	test.beforeAll(async () => {
		const port = await freePort();
		origin = `http://localhost:${port}`;
		// Its own process group, so that stopping it stops Vite's children too.
		server = spawn('npx', ['vite', 'dev', '--port', String(port), '--strictPort', '--host', 'localhost'], {
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		server.stdout?.on('data', (chunk) => (output += chunk));
		server.stderr?.on('data', (chunk) => (output += chunk));
		for (let i = 0; i < 600; i++) {
			if (server.exitCode !== null) throw new Error(`vite dev exited (${server.exitCode}):\n${output}`);
			const up = await fetch(`${origin}/`).then(
				(response) => response.ok,
				() => false
			);
			if (up) return;
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		throw new Error(`vite dev did not answer on ${origin} within 60 s:\n${output}`);
	});

	test.afterAll(async () => {
		const pid = server?.pid;
		if (!pid || server?.exitCode !== null) return;
		const exited = new Promise((resolve) => server?.once('exit', resolve));
		process.kill(-pid, 'SIGTERM');
		await exited;
	});

	for (const lang of LANGS) {
		test(`renders the ${lang} article, starts the app, and breaks no policy`, async ({ page }) => {
			const problems: string[] = [];
			page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
			page.on('pageerror', (error) => problems.push(error.message));
			await page.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (event) =>
					console.error(`policy: ${event.violatedDirective} ${event.blockedURI}`)
				)
			);
			await page.goto(`${origin}/${lang}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(articles[lang].title);
			await expect(page.locator('[data-paragraph]')).toHaveCount(articles[lang].paragraphs.length);
			// The player's bar appears once the app has started.
			await expect(page.getByRole('button', { name: common[lang].speech.play, exact: true })).toBeVisible({ timeout: 60_000 });
			expect(problems).toEqual([]);
		});
	}
});
