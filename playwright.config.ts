import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser.js';
import { SPEECH_DIR } from './tests/e2e/speech-daemon';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: true,
	workers: 2,
	// No retries: a test that fails once has found something (the last "flaky" layout shift was the
	// notices moving when the player's message appeared).
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, chromiumSandbox: false }
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: ['**/speech.test.ts', '**/phone.test.ts', '**/screen-reader.test.ts'],
			use: { ...devices['Desktop Chrome'], channel: undefined }
		},
		// The shared behaviours (engines.test.ts) in Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
		{ name: 'firefox', testMatch: '**/engines.test.ts' },
		// A real screen reader: Orca with Chromium on a display of its own (scripts/screen-reader.js).
		{ name: 'screen-reader', testMatch: '**/screen-reader.test.ts', workers: 1 },
		// And in WebKitGTK's MiniBrowser, driven by selenium-webdriver through WebKitWebDriver under Xvfb.
		{ name: 'webkit', testMatch: '**/engines.test.ts' },
		{
			// Real voices: Chromium talks to the speech-dispatcher that global-setup started. The phone
			// tests read aloud too (the counter and "read from here" show once a voice is found).
			name: 'speech',
			testMatch: ['**/speech.test.ts', '**/phone.test.ts'],
			// One daemon serves every test: two pages speaking at once would interrupt each other. One
			// worker for the project, not only serial within a file: speech and phone tests both speak.
			fullyParallel: false,
			workers: 1,
			use: {
				...devices['Desktop Chrome'],
				channel: undefined,
				launchOptions: {
					executablePath: chromiumPath(),
					args: [...chromiumArgs, '--enable-speech-dispatcher'],
					env: { ...process.env, XDG_RUNTIME_DIR: SPEECH_DIR },
					chromiumSandbox: false
				}
			}
		}
	],
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://localhost:${PORT}/`,
		env: { PORT: String(PORT) },
		// A running server may hold an older build in its file list: always start a fresh one.
		reuseExistingServer: false
	}
});
