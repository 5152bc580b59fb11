import { test } from '@playwright/test';
import { languages, viewports } from './content';

// Saved with the test results to be looked at; they assert nothing beyond the page loading.
for (const colorScheme of ['light', 'dark'] as const) {
	for (const viewport of viewports) {
		test.describe(`${colorScheme} ${viewport.name}`, () => {
			test.use({ colorScheme, viewport });
			for (const lang of languages) {
				test(`screenshot of the ${lang} page`, async ({ page }, testInfo) => {
					await page.goto(`/${lang}/`);
					await page.screenshot({ path: testInfo.outputPath(`${lang}-${colorScheme}-${viewport.name}.png`), fullPage: true });
				});
			}
		});
	}
}
