import { test } from '@playwright/test';
import { common, languages, viewports } from './content';
import { themes, useSettings } from './layout';

// Saved with the test results to be looked at: every language in every theme on a phone, and on a
// desktop in light and dark. They assert nothing beyond the page loading.
const cases = [
	...themes.map((theme) => ({ theme, viewport: viewports[0] })),
	...(['light', 'dark'] as const).map((theme) => ({ theme, viewport: viewports[1] }))
];

for (const { theme, viewport } of cases) {
	test.describe(`${theme} ${viewport.name}`, () => {
		test.use({ viewport });
		for (const lang of languages) {
			test(`screenshot of the ${lang} page`, async ({ page }, testInfo) => {
				await useSettings(page, { theme });
				await page.goto(`/${lang}/`);
				// The player's bar is there once the page has started.
				await page.getByRole('region', { name: common[lang].speech.controls }).waitFor();
				await page.screenshot({ path: testInfo.outputPath(`${lang}-${theme}-${viewport.name}.png`), fullPage: true });
			});
		}
	});
}
