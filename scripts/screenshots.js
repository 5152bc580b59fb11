// Screenshots of the real reader, from the current build (`npm run build` first):
//   npm run screenshots              every language in every theme on a phone (touch), and on a desktop
//                                    in light and dark, full page, into screenshots/ to be looked at;
//   npm run screenshots -- --manifest the two the web app manifest shows, into static/screenshots/ (committed).
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser.js';
import { createStaticServer } from './serve.js';

const languages = ['en', 'ru', 'ko'];
const themes = ['light', 'dark', 'sepia', 'contrast'];
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

const server = createStaticServer('build').listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, chromiumSandbox: false });

/** @param {{ path: string, file: string, viewport: { width: number, height: number }, theme?: string, fullPage?: boolean }} shot */
async function take({ path, file, viewport, theme, fullPage = false }) {
	const touch = viewport.width < 600;
	const context = await browser.newContext({ viewport, colorScheme: 'light', hasTouch: touch, isMobile: touch, serviceWorkers: 'block' });
	if (theme) await context.addInitScript((t) => localStorage.setItem('reader.settings', JSON.stringify({ theme: t })), theme);
	const page = await context.newPage();
	await page.goto(origin + path);
	// The player's bar is there once the page has started.
	await page.locator('.player').waitFor();
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({ path: file, fullPage });
	await context.close();
	console.log(file);
}

try {
	if (process.argv.includes('--manifest')) {
		await take({ path: '/ko/', file: 'static/screenshots/narrow.png', viewport: phone });
		await take({ path: '/en/', file: 'static/screenshots/wide.png', viewport: desktop });
	} else {
		mkdirSync('screenshots', { recursive: true });
		for (const lang of languages) {
			for (const theme of themes)
				await take({ path: `/${lang}/`, file: `screenshots/${lang}-${theme}-phone.png`, viewport: phone, theme, fullPage: true });
			for (const theme of ['light', 'dark'])
				await take({ path: `/${lang}/`, file: `screenshots/${lang}-${theme}-desktop.png`, viewport: desktop, theme, fullPage: true });
		}
	}
} finally {
	await browser.close();
	server.close();
}
