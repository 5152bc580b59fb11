import { expect, test } from '@playwright/test';
import { autonyms } from '../../src/lib/i18n/languages';
import { common } from './content';

test('reading settings and parallel text changed in one tab show in another at once', async ({ context }) => {
	const [first, second] = [await context.newPage(), await context.newPage()];
	await first.goto('/ru/');
	await second.goto('/ko/');
	// Both apps have started: their settings buttons work.
	await expect(second.getByRole('button', { name: common.ko.settings.open, exact: true })).toBeEnabled();
	await first.getByRole('button', { name: common.ru.settings.open, exact: true }).click();
	await first.getByRole('radio', { name: common.ru.settings.themes.dark }).check();
	await expect(first.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
	await first.getByRole('radio', { name: common.ru.settings.themes.sepia }).check();
	await expect(second.locator('html')).toHaveAttribute('data-theme', 'sepia');

	// Parallel text chosen in the first tab pairs the second tab's paragraphs too.
	await first.keyboard.press('Escape');
	await first.getByRole('combobox', { name: common.ru.reading.parallel }).selectOption({ label: autonyms.en });
	await expect(second.locator('.counterpart[lang="en"]').first()).toBeVisible();
});
