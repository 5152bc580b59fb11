// Takes the manifest's screenshots from the real reader: `npm run build` first, then `npm run screenshots`.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser.js';
import { createStaticServer } from './serve.js';

const server = createStaticServer('build').listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, chromiumSandbox: false });
try {
	const shots = [
		{ name: 'narrow', path: '/ko/', viewport: { width: 390, height: 844 } },
		{ name: 'wide', path: '/en/', viewport: { width: 1280, height: 800 } }
	];
	for (const { name, path, viewport } of shots) {
		const page = await browser.newPage({ viewport, colorScheme: 'light' });
		await page.goto(origin + path);
		await page.screenshot({ path: `static/screenshots/${name}.png` });
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
