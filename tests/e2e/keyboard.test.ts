import { expect, test, type Page } from '@playwright/test';
import { common, languages, viewports } from './content';

/** What has focus: its role-ish tag, name and whether it is fully visible and not under a fixed bar. */
function focused(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return null;
		const rect = el.getBoundingClientRect();
		const header = document.querySelector('.site-header')!.getBoundingClientRect();
		const player = document.querySelector('.player')?.getBoundingClientRect();
		const inBars = !!el.closest('.site-header, .player, dialog, .skip-link');
		const obscured = !inBars && (rect.top < header.bottom - 1 || (player ? rect.bottom > player.top + 1 : false));
		const style = getComputedStyle(el);
		return {
			name: el.getAttribute('aria-label') ?? el.textContent?.trim().replace(/\s+/g, ' ') ?? '',
			inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.width > 0,
			obscured,
			outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
		};
	});
}

for (const viewport of viewports) {
	test(`at ${viewport.name} size, Tab visits every control in order, each visible and unobscured, and wraps around`, async ({ page }) => {
		await page.setViewportSize(viewport);
		await page.goto('/en/');
		await expect(page.getByRole('region', { name: 'Read aloud' })).toBeVisible();
		const names: string[] = [];
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const now = await focused(page);
			if (!now) break; // past the last control: focus leaves the document, so nothing traps it
			expect(now.inViewport, now.name).toBe(true);
			expect(now.obscured, now.name).toBe(false);
			expect(now.outline, now.name).toBe(true);
			if (names.includes(now.name) && now.name === names[0]) break;
			names.push(now.name);
		}
		const order = [
			'Skip to article',
			'Reader',
			'English',
			'Русский',
			'한국어',
			'Reading settings',
			'Read the original at The Moscow Times'
		];
		const positions = order.map((name) => names.indexOf(name));
		expect(
			positions.every((p) => p >= 0),
			names.join(' | ')
		).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(names).toContain('Offline & storage');
		expect(names).toContain('Read-aloud options');
	});
}

for (const lang of languages) {
	test(`${lang}: Escape closes the settings panel and gives focus back to its button`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		const open = page.getByRole('button', { name: common[lang].settings.open, exact: true });
		await expect(open).toBeEnabled();
		await open.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: common[lang].settings.title });
		await expect(dialog).toBeVisible();
		// Its own strings came with its code, in the page's language.
		await expect(dialog.getByRole('group', { name: common[lang].settings.theme })).toBeVisible();
		await expect(dialog.getByRole('button', { name: common[lang].settings.reset })).toBeVisible();
		await expect(dialog.getByRole('button', { name: common[lang].settings.closeLabel })).toBeFocused();
		await expect(dialog.locator(':focus')).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(open).toBeFocused();
	});
}

test('with forced colours, controls keep visible edges and focus', async ({ page }) => {
	await page.emulateMedia({ forcedColors: 'active' });
	await page.goto('/ru/');
	const button = page.getByRole('button', { name: common.ru.settings.open, exact: true });
	await expect(button).toBeEnabled();
	expect(await button.evaluate((b) => getComputedStyle(b).borderStyle)).not.toBe('none');
	await button.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	expect(await button.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
	const link = page.getByRole('navigation').getByRole('link', { name: 'Русский' });
	expect(await link.evaluate((a) => getComputedStyle(a).borderStyle)).not.toBe('none');
});

for (const lang of languages) {
	test(`${lang}: every control is at least 24 × 24 CSS px (2.5.8)`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await page.goto(`/${lang}/`);
		await page.getByRole('button', { name: common[lang].settings.open, exact: true }).click();
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a, button, input, select, summary')]
				// Links inside a sentence are exempt (inline targets).
				.filter((el) => !el.closest('p') && el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
				.filter((el) => !el.closest('.visually-hidden') && !el.classList.contains('skip-link'))
				.map((el) => ({ el, rect: el.getBoundingClientRect() }))
				.filter(({ rect }) => rect.width < 24 || rect.height < 24)
				.map(({ el, rect }) => `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim()} ${rect.width}×${rect.height}`)
		);
		expect(small).toEqual([]);
	});

	test(`${lang}: landmarks, headings and control names match the reviewed snapshot`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		// Without voices in this project, Play loads the player and it settles on its no-voice message.
		await page.getByRole('button', { name: common[lang].speech.play, exact: true }).click();
		await expect(page.locator('.player .message')).toBeVisible({ timeout: 10_000 });
		// Once its announcement has been made and the live region emptied again.
		await expect(page.locator('.player [aria-live="assertive"]')).toHaveText('', { timeout: 10_000 });
		await expect(page.getByRole('banner')).toMatchAriaSnapshot({ name: `${lang}-banner.aria.yml` });
		await expect(page.getByRole('main')).toMatchAriaSnapshot({ name: `${lang}-main.aria.yml` });
		await expect(page.getByRole('region', { name: common[lang].speech.controls })).toMatchAriaSnapshot({ name: `${lang}-player.aria.yml` });
	});
}

test('a notice that arrives over what has focus moves it clear before it is painted (2.4.11)', async ({ page }) => {
	await page.goto('/en/');
	await expect(page.getByRole('region', { name: 'Read aloud' })).toBeVisible();
	const link = page.locator('main a.term').first();
	await link.focus();
	// The link just above the notices; then the notices grow by a note (as the service worker's would).
	const result = await link.evaluate(async (el) => {
		const frame = () => new Promise(requestAnimationFrame);
		const notices = document.querySelector('.notices')!;
		window.scrollBy({ top: el.getBoundingClientRect().bottom - notices.getBoundingClientRect().top + 4, behavior: 'instant' });
		await frame();
		const before = el.getBoundingClientRect().bottom <= notices.getBoundingClientRect().top;
		const note = Object.assign(document.createElement('div'), { className: 'notice', textContent: 'A note' });
		note.style.height = '160px';
		notices.append(note);
		await frame();
		await frame();
		const after = { bottom: el.getBoundingClientRect().bottom, notices: notices.getBoundingClientRect().top };
		note.remove();
		return { before, covered: after.bottom > after.notices };
	});
	expect(result).toEqual({ before: true, covered: false });
});
