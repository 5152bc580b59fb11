import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { common, languages, type Lang } from './content';

// This project's Chromium runs without --enable-speech-dispatcher: it has no voices at all.
for (const lang of languages) {
	test(`with no ${lang} voice, Play says so in ${lang}, stays focused and becomes unavailable`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		const player = page.getByRole('region', { name: common[lang].speech.controls });
		const play = player.getByRole('button', { name: common[lang].speech.play });
		const readFromFirst = page.getByRole('button', { name: common[lang].speech.readFromHere.replace('{{number}}', '1') });
		// The player is loaded when first asked for; until then nothing says there is no voice.
		await expect(readFromFirst).toHaveCount(1);
		await expect(player.locator('.message')).toHaveCount(0);
		await play.focus();
		await page.keyboard.press('Enter');
		await expect(player.locator('.message')).toContainText(common[lang].speech.noVoice, { timeout: 10_000 });
		await expect(player.locator('.message')).toContainText(common[lang].speech.noVoiceHint);
		// Screen readers hear it once, as one text: from a live region that empties again, not from an
		// alert, which is read out again whenever it reappears (as when the settings dialog closes).
		const announcer = player.locator('[aria-live="assertive"]');
		await expect(announcer).toHaveText(`${common[lang].speech.noVoice} ${common[lang].speech.noVoiceHint}`);
		await expect(player.getByRole('alert')).toHaveCount(0);
		await expect(announcer).toHaveText('', { timeout: 10_000 });
		await expect(player.locator('.message')).toContainText(common[lang].speech.noVoice);
		await expect(play).toBeDisabled();
		await expect(play).toBeFocused();
		await expect(readFromFirst).toHaveCount(0);
		await expectNoViolations(page);
	});
}

test.describe('before the reader is saved for offline use', () => {
	// No service worker: it would serve the player's code from its copy.
	test.use({ serviceWorkers: 'block' });
	/** The page has started (its "read from here" buttons are there): only the player's code is still to come. */
	const started = (page: Page, lang: Lang) =>
		expect(page.getByRole('button', { name: common[lang].speech.readFromHere.replace('{{number}}', '1') })).toHaveCount(1);
	test('when the player cannot be loaded, Play says so and the next press tries again', async ({ page }) => {
		await page.goto('/ru/');
		const player = page.getByRole('region', { name: common.ru.speech.controls });
		const play = player.getByRole('button', { name: common.ru.speech.play, exact: true });
		await started(page, 'ru');
		// As offline before the reader was saved: the player's code does not arrive.
		await page.route('**/_app/immutable/**', (route) => route.abort('internetdisconnected'));
		await play.click();
		await expect(player.locator('.message')).toHaveText(common.ru.speech.loadFailed);
		await expect(play).toBeEnabled();
		await page.unroute('**/_app/immutable/**');
		await play.click();
		await expect(player.locator('.message')).toContainText(common.ru.speech.noVoice, { timeout: 10_000 });
	});

	test('while the player is on its way, the bar says it is looking for voices', async ({ page }) => {
		await page.goto('/ko/');
		const player = page.getByRole('region', { name: common.ko.speech.controls });
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await started(page, 'ko');
		await page.route('**/_app/immutable/**', async (route) => (await held, route.continue()));
		await player.getByRole('button', { name: common.ko.speech.play, exact: true }).click();
		await expect(player.getByText(common.ko.speech.status.loading)).toBeVisible();
		release();
		await expect(player.locator('.message')).toContainText(common.ko.speech.noVoice, { timeout: 10_000 });
		await expect(player.getByText(common.ko.speech.status.loading)).toHaveCount(0);
	});
});
