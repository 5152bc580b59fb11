import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { common, languages } from './content';

// This project's Chromium runs without --enable-speech-dispatcher: it has no voices at all.
for (const lang of languages) {
	test(`with no ${lang} voice the player says so in ${lang} and Play is disabled`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		const player = page.getByRole('region', { name: common[lang].speech.controls });
		await expect(player.getByRole('alert')).toContainText(common[lang].speech.noVoice, { timeout: 10_000 });
		await expect(player.getByRole('alert')).toContainText(common[lang].speech.noVoiceHint);
		await expect(player.getByRole('button', { name: common[lang].speech.play })).toBeDisabled();
		await expect(page.getByRole('button', { name: common[lang].speech.readFromHere.replace('{{number}}', '1') })).toHaveCount(0);
		await expectNoViolations(page);
	});
}
