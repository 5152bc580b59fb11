import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/browser.js';

const PORT = 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs, chromiumSandbox: false }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://localhost:${PORT}/`,
		env: { PORT: String(PORT) },
		// A running server may hold an older build in its file list: always start a fresh one.
		reuseExistingServer: false
	}
});
