/** Finds a Chromium to drive: Playwright's own if installed, else Debian's, else says what to install. */
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} an executable path, or undefined for Playwright's default */
export function chromiumPath() {
	const own = chromium.executablePath();
	if (own && existsSync(own)) return undefined; // Playwright finds its own build
	if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	throw new Error(
		'No Chromium to run the browser tests: install one with "apt-get install -y chromium" (Debian) or "npx playwright install chromium".'
	);
}

/** Flags for a closed network and a root user; the sandbox is off through chromiumSandbox: false. */
export const chromiumArgs = [
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];
