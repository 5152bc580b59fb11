/** The Driver for each engine: Playwright's page for Chromium, puppeteer-core over WebDriver BiDi for Firefox. */
import type { BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyInput } from 'puppeteer-core';
import { watchPage, type Driver } from './driver';

export async function playwrightDriver(context: BrowserContext): Promise<Driver> {
	await context.addInitScript(watchPage);
	const page = await context.newPage();
	return {
		engine: 'chromium',
		goto: async (url) => void (await page.goto(url)),
		reload: async () => void (await page.reload()),
		evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
		inject: async (source) => void (await page.evaluate(source)),
		click: (selector) => page.locator(selector).first().click(),
		press: (key) => page.keyboard.press(key),
		close: () => context.close()
	};
}

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Why Firefox cannot run here, or undefined when it can. */
export function firefoxUnavailable(): string | undefined {
	return FIREFOX.some(existsSync) ? undefined : 'no Firefox: install it with "apt-get install -y firefox-esr"';
}

/**
 * Firefox ESR, headless, in a profile of its own. It speaks through the private speech-dispatcher
 * the read-aloud tests start (the one it would start by itself hangs without a sound card).
 */
export async function firefoxDriver(speechSocket: string): Promise<Driver> {
	const { default: puppeteer } = await import('puppeteer-core');
	const profile = mkdtempSync(join(tmpdir(), 'reader-firefox-'));
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX.find(existsSync),
		headless: true,
		userDataDir: profile,
		env: { ...process.env, SPEECHD_ADDRESS: `unix_socket:${speechSocket}` },
		extraPrefsFirefox: {
			// Service workers and speech on, as a reader's Firefox has them; no first-run pages.
			'dom.serviceWorkers.enabled': true,
			'media.webspeech.synth.enabled': true,
			'browser.shell.checkDefaultBrowser': false
		}
	});
	const page = await browser.newPage();
	await page.evaluateOnNewDocument(watchPage);
	return {
		engine: 'firefox',
		goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
		reload: async () => void (await page.reload({ waitUntil: 'load' })),
		evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
		inject: async (source) => void (await page.evaluate(source)),
		click: async (selector) => {
			const element = await page.waitForSelector(selector, { visible: true });
			await element!.click();
		},
		press: (key) => page.keyboard.press(key as KeyInput),
		close: async () => {
			// By the browser's own PID, even if the protocol has gone quiet.
			const pid = browser.process()?.pid;
			await browser.close().catch(() => (pid ? process.kill(pid, 'SIGKILL') : undefined));
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
