import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './browser.js';
import { TestServer } from './servers';

test('Chromium finds the reader installable, with a manifest it accepts', async () => {
	const server = new TestServer();
	await server.start();
	const profile = mkdtempSync(join(tmpdir(), 'reader-profile-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: chromiumArgs,
		chromiumSandbox: false
	});
	try {
		const page = await context.newPage();
		await page.goto(`${server.origin}/en/`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		const cdp = await context.newCDPSession(page);
		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.errors).toEqual([]);
		expect(manifest.url).toBe(`${server.origin}/manifest.webmanifest`);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await context.close();
		await server.stop();
		rmSync(profile, { recursive: true, force: true });
	}
});

test('the manifest names the app, its icons, screenshots and a shortcut per language', async ({ request }) => {
	const server = new TestServer();
	await server.start();
	try {
		const response = await request.get(`${server.origin}/manifest.webmanifest`);
		expect(response.headers()['content-type']).toMatch(/application\/manifest\+json/);
		const manifest = await response.json();
		expect(manifest).toMatchObject({ id: '/', start_url: '/', scope: '/', display: 'standalone' });
		expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
			'192x192 any',
			'512x512 any',
			'512x512 maskable'
		]);
		expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor)).toEqual(['narrow', 'wide']);
		expect(manifest.shortcuts.map((s: { url: string; lang: string }) => [s.url, s.lang])).toEqual([
			['/en/', 'en'],
			['/ru/', 'ru'],
			['/ko/', 'ko']
		]);
		for (const { src } of [...manifest.icons, ...manifest.screenshots]) {
			expect((await request.get(server.origin + src)).status(), src).toBe(200);
		}
	} finally {
		await server.stop();
	}
});
