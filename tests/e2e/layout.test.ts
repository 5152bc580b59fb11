import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { common, languages, viewports } from './content';
import { clippedElements, overlappingParagraphs, pageWidth, recordShifts, themes, useSettings } from './layout';

test.describe('axe over every language, theme and viewport, with the settings panel closed and open', () => {
	for (const lang of languages) {
		for (const theme of themes) {
			for (const viewport of viewports) {
				test(`${lang} · ${theme} · ${viewport.name}`, async ({ page }) => {
					await page.setViewportSize(viewport);
					await useSettings(page, { theme });
					await page.goto(`/${lang}/`);
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					await expectNoViolations(page);
					await page.getByRole('button', { name: common[lang].settings.open, exact: true }).click();
					await expect(page.getByRole('dialog', { name: common[lang].settings.title })).toBeVisible();
					await expectNoViolations(page);
				});
			}
		}
	}
});

test.describe('reflow at 320 CSS px (1.4.10)', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const lang of languages) {
		for (const theme of themes) {
			test(`${lang} · ${theme}: nothing scrolls sideways or is cut off`, async ({ page }) => {
				await useSettings(page, { theme });
				await page.goto(`/${lang}/`);
				expect(await pageWidth(page)).toBeLessThanOrEqual(320);
				expect(await clippedElements(page)).toEqual([]);
			});
		}
	}
});

test.describe('resize text (1.4.4) and text spacing (1.4.12)', () => {
	for (const lang of languages) {
		for (const viewport of viewports) {
			test(`${lang} · ${viewport.name}: the largest text size clips and overlaps nothing`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await useSettings(page, { size: 250, line: 2.2, letter: 0.12, word: 0.16, paragraph: 2.75 });
				await page.goto(`/${lang}/`);
				const size = await page
					.locator('[data-paragraph]')
					.first()
					.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
				expect(size).toBeCloseTo(18 * 2.5, 0);
				expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
				expect(await clippedElements(page)).toEqual([]);
				expect(await overlappingParagraphs(page)).toEqual([]);
			});

			test(`${lang} · ${viewport.name}: forced text spacing clips nothing`, async ({ page }) => {
				await page.setViewportSize(viewport);
				await page.goto(`/${lang}/`);
				await page.addStyleTag({
					content:
						'* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }'
				});
				expect(await pageWidth(page)).toBeLessThanOrEqual(viewport.width);
				expect(await clippedElements(page)).toEqual([]);
				expect(await overlappingParagraphs(page)).toEqual([]);
			});
		}
	}
});

// Focus moving to the footer (a keyboard reader tabbing on, a screen reader's next item) scrolls it
// into view; nothing above it may then take on a different height and push it back off the screen.
test.describe('the footer stays on screen when focus reaches it', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const lang of languages) {
		test(lang, async ({ page }) => {
			await page.goto(`/${lang}/`);
			const summary = page.locator('details.storage summary');
			await summary.focus();
			// Two frames: the one that lays out what scrolled into view, and the next.
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
			const { top, bottom, height } = await summary.evaluate((el) => {
				const rect = el.getBoundingClientRect();
				return { top: rect.top, bottom: rect.bottom, height: innerHeight };
			});
			expect(top, 'below the header').toBeGreaterThan(0);
			expect(bottom, 'above the bottom of the screen').toBeLessThanOrEqual(height);
		});
	}
});

test.describe('offline on a phone, notices leave the header’s controls uncovered', () => {
	// No service worker: the page says it cannot save the reader, so a notice is always showing.
	test.use({ serviceWorkers: 'block' });
	for (const [lang, width] of [
		['ru', 390],
		['ko', 360],
		['en', 320]
	] as const) {
		test(`${lang} at ${width} px`, async ({ page, context }) => {
			await page.setViewportSize({ width, height: 700 });
			await page.goto(`/${lang}/`);
			const banner = page.getByRole('banner');
			const notices = page.getByRole('status').locator('.notice');
			await expect(notices.first()).toBeVisible();
			await context.setOffline(true);
			await expect(banner.getByRole('status')).toHaveText(common[lang].offline.indicator);
			// At 390 and 360 px the bar keeps to one row; at 320 it wraps, and the notices move down with it.
			const barHeight = await banner.locator('.bar').evaluate((bar) => bar.getBoundingClientRect().height);
			if (width >= 360) expect(barHeight).toBeLessThanOrEqual(57);
			const controls = [...(await banner.getByRole('link').all()), ...(await banner.getByRole('button').all())];
			expect(controls.length).toBeGreaterThanOrEqual(4);
			const noticesTop = await notices.first().evaluate((notice) => notice.getBoundingClientRect().top);
			for (const control of controls) {
				if (!(await control.isVisible())) continue;
				const box = (await control.boundingBox())!;
				expect(box.y + box.height, (await control.textContent()) ?? '').toBeLessThanOrEqual(noticesTop);
			}
		});
	}
});

test.describe('loading with saved settings', () => {
	for (const lang of languages) {
		test(`${lang}: the saved theme is there before the first paint and nothing shifts (CLS 0)`, async ({ page }) => {
			await useSettings(page, { theme: 'sepia', size: 150, font: 'serif' });
			const shifts = await recordShifts(page);
			await page.addInitScript(() => {
				const w = window as unknown as { firstBackground: string };
				document.addEventListener('DOMContentLoaded', () => (w.firstBackground = getComputedStyle(document.body).backgroundColor));
			});
			await page.goto(`/${lang}/`);
			// The player's arrival on Play, until it has settled: voices are waited for up to five seconds.
			await page.getByRole('button', { name: common[lang].speech.play, exact: true }).click();
			await expect(page.locator('.player .message')).toBeVisible({ timeout: 10_000 });
			expect(await page.evaluate(() => (window as unknown as { firstBackground: string }).firstBackground)).toBe('rgb(244, 236, 216)');
			// Read two frames after the message: any shift its arrival caused has been laid out and reported.
			expect(await shifts()).toEqual([]);
		});
	}
});

test('the ruler follows the pointer, and Reset brings every setting back to its default', async ({ page }) => {
	await page.goto('/ko/');
	const t = common.ko.settings;
	await page.getByRole('button', { name: t.open, exact: true }).click();
	const dialog = page.getByRole('dialog', { name: t.title });
	// The size is announced when it changes, not as the dialog opens.
	const sizeAnnouncer = dialog.locator('[aria-live="polite"]');
	await expect(sizeAnnouncer).toHaveText('');
	await expect(dialog.locator('output, [role="status"]')).toHaveCount(0);
	await dialog.getByRole('radio', { name: t.themes.contrast }).check();
	await dialog.getByRole('button', { name: t.larger }).click();
	await expect(sizeAnnouncer).toHaveText('112%');
	await dialog.getByRole('checkbox', { name: new RegExp(t.ruler) }).check();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await expect(dialog.locator('.value')).toHaveText('112%');
	await page.keyboard.press('Escape');
	await page.mouse.move(100, 400);
	const shade = page.locator('.ruler > div').first();
	await expect.poll(() => shade.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(300);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
	await page.getByRole('button', { name: t.open, exact: true }).click();
	await dialog.getByRole('button', { name: t.reset }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'auto');
	await expect(page.locator('.ruler')).toHaveCount(0);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-ruler', 'false');
	expect(
		await page
			.locator('[data-paragraph]')
			.first()
			.evaluate((p) => getComputedStyle(p).fontSize)
	).toBe('18px');
});

test.describe('the notice pages, in the reader’s language', () => {
	for (const [locale, lang] of [
		['ru-RU', 'ru'],
		['ko-KR', 'ko']
	] as const) {
		test.describe(`in a ${locale} browser`, () => {
			test.use({ locale });
			for (const [path, section] of [
				['/no/such/page/', 'notFound'],
				['/offline.html', 'offline']
			] as const) {
				test(`${path} speaks ${lang} and nothing on it shifts (CLS 0)`, async ({ page }) => {
					const shifts = await recordShifts(page);
					await page.goto(path);
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(common[lang][section].title);
					await expect(page.getByRole('main')).toBeVisible();
					expect(await shifts()).toEqual([]);
				});
			}
		});
	}
});
