import { expect, test, type Locator, type Page } from '@playwright/test';
import { articles, common, languages, type Lang } from './content';
import { useSettings } from './layout';
import { sentencesOf } from './sentences';
import { speechUnavailable } from './speech-daemon';

// On a phone, with touch: run with real voices (the speech project), since the counter and
// "read from here" only show once a voice is found.
test.skip(() => !!speechUnavailable(), `phone tests read aloud and need speech-dispatcher: ${speechUnavailable()}`);
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const names = (lang: Lang) => common[lang].speech;

async function rectOf(locator: Locator) {
	return (await locator.boundingBox())!;
}
const overlaps = (a: { y: number; height: number }, b: { y: number; height: number }) => a.y < b.y + b.height && b.y < a.y + a.height;

async function playerReady(page: Page, lang: Lang) {
	const player = page.getByRole('region', { name: names(lang).controls });
	// Voices arrive about two seconds after Chromium connects to the daemon.
	await expect(player.getByRole('button', { name: names(lang).play, exact: true })).toBeEnabled({ timeout: 15_000 });
	return player;
}

type Seen = { text: string; covered: string[] };

/**
 * Records, frame by frame, each sentence the highlight reaches and what covers it where a reader
 * sees it: a cover counts when it is there in two frames running (so it was painted), or in the
 * sentence's only frame. A notice that arrives mid-sentence is moved clear after layout, before the
 * next paint, which a single frame's callback cannot see. espeak-ng without a sound card reads
 * fast: polling from the test would miss sentences.
 */
async function recordHighlights(page: Page) {
	await page.evaluate(() => {
		type Entry = { text: string; covered: string[]; frames: number; last: string[] };
		const seen: Entry[] = ((window as unknown as { seen: Entry[] }).seen = []);
		const frame = () => {
			const range = [...(CSS.highlights.get('reader-sentence') ?? [])][0] as Range | undefined;
			const text = range?.toString();
			if (range && text) {
				const rect = range.getBoundingClientRect();
				const now = [...document.querySelectorAll('.player, .notice')]
					.filter((el) => {
						const box = el.getBoundingClientRect();
						return rect.top < box.bottom && box.top < rect.bottom;
					})
					.map((el) => el.className);
				if (seen.at(-1)?.text !== text) seen.push({ text, covered: [], frames: 0, last: [] });
				const entry = seen.at(-1)!;
				// Covered in this frame and the one before: it was painted covered.
				entry.covered.push(...now.filter((name) => entry.last.includes(name) && !entry.covered.includes(name)));
				entry.frames++;
				entry.last = now;
			}
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	return () =>
		page.evaluate(() =>
			(window as unknown as { seen: (Seen & { frames: number; last: string[] })[] }).seen.map(({ text, covered, frames, last }): Seen => ({
				text,
				covered: frames > 1 ? covered : last
			}))
		);
}

for (const lang of languages) {
	test.describe(`in ${lang} on a phone`, () => {
		test('the note of a first visit leaves the title uncovered', async ({ page }) => {
			await page.goto(`/${lang}/`);
			const note = page.getByRole('status').filter({ hasText: common[lang].offline.ready });
			await expect(note).toBeVisible({ timeout: 15_000 });
			const title = await rectOf(page.getByRole('heading', { level: 1 }));
			expect(overlaps(title, await rectOf(note.locator('.notice')))).toBe(false);
		});

		test('the offer to continue never covers the sentence being read', async ({ page }) => {
			// Scrolls at once, so each sentence is measured where it ends up.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			const last = articles[lang].paragraphs.at(-1)!.id;
			await page.addInitScript((id) => localStorage.setItem('reader.place', JSON.stringify({ id })), last);
			await page.goto(`/${lang}/`);
			const offer = page.locator('.notice').filter({ hasText: common[lang].reading.continueButton });
			await expect(offer).toBeVisible();
			const player = await playerReady(page, lang);
			const seen = await recordHighlights(page);
			await player.getByRole('button', { name: names(lang).play, exact: true }).tap();
			// The first paragraphs: the offer stays until the reader scrolls to the last one.
			await expect.poll(async () => (await seen()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(8);
			await player.getByRole('button', { name: names(lang).pause, exact: true }).tap();
			await expect(offer).toBeVisible();
			const sentences = (await seen()).slice(0, 8);
			expect(sentences.map((s) => s.text)).toEqual(
				sentencesOf(lang)
					.slice(0, 8)
					.map((s) => s.text)
			);
			expect(sentences.filter((s) => s.covered.length)).toEqual([]);
		});

		test('at 320 px the counter and every control fit', async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(`/${lang}/`);
			const player = await playerReady(page, lang);
			const total = sentencesOf(lang).length;
			await player.getByRole('button', { name: names(lang).play, exact: true }).tap();
			await player.getByRole('button', { name: names(lang).pause, exact: true }).tap();
			const counter = player.locator('.progress [aria-hidden="true"]');
			await expect(counter).toHaveText(new RegExp(`^\\d+/${total}$`));
			await page.evaluate(() => window.scrollTo(0, 0));
			const clipped = await page.evaluate(() =>
				[...document.querySelectorAll('.player button, .player .progress, .site-header a, .site-header button')]
					.filter((el) => {
						const rect = el.getBoundingClientRect();
						return rect.width > 0 && (rect.left < 0 || rect.right > innerWidth || el.scrollWidth > el.clientWidth + 1);
					})
					.map((el) => el.getAttribute('aria-label') ?? el.textContent)
			);
			expect(clipped).toEqual([]);
			// The widest the counter gets, at the last sentence, fits too: set in place of the current one.
			const fits = await counter.evaluate((el, text) => {
				el.textContent = text;
				const box = el.parentElement!;
				return box.scrollWidth <= box.clientWidth + 1 && el.getBoundingClientRect().right <= innerWidth;
			}, `${total}/${total}`);
			expect(fits).toBe(true);
		});

		test('"read from here" is there for a tap on a paragraph', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await playerReady(page, lang);
			const third = articles[lang].paragraphs[2];
			const paragraph = page.locator(`#${third.id}`);
			await paragraph.scrollIntoViewIfNeeded();
			const button = page.getByRole('button', { name: names(lang).readFromHere.replace('{{number}}', '3') });
			// Hidden until asked for: a phone has no margin to keep it in.
			await expect(button).toHaveCSS('opacity', '0');
			await paragraph.tap();
			await expect(button).toHaveCSS('opacity', '1');
			const seen = await recordHighlights(page);
			await button.tap();
			const first = sentencesOf(lang).find((s) => s.paragraphId === third.id)!.text;
			await expect.poll(async () => (await seen())[0]?.text, { timeout: 20_000 }).toBe(first);
			await page
				.getByRole('region', { name: names(lang).controls })
				.getByRole('button', { name: names(lang).pause, exact: true })
				.tap();
		});
	});
}

test('a notice that arrives mid-sentence moves the sentence clear before it is painted', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/en/');
	const player = await playerReady(page, 'en');
	await player.getByRole('button', { name: names('en').play, exact: true }).tap();
	// Within one sentence: puts it just above the notices, makes the notices taller (as a note of
	// the service worker's would), and measures two frames later, when that frame has been painted.
	const result = await page.evaluate(async () => {
		const frame = () => new Promise(requestAnimationFrame);
		const current = () => [...(CSS.highlights.get('reader-sentence') ?? [])][0] as Range | undefined;
		const notices = document.querySelector('.notices')!;
		// Speech starts a second or so after the tap.
		for (let attempt = 0, deadline = performance.now() + 15_000; attempt < 20 && performance.now() < deadline;) {
			await frame();
			const range = current();
			if (!range) continue;
			attempt++;
			const text = range.toString();
			window.scrollBy({ top: range.getBoundingClientRect().bottom - notices.getBoundingClientRect().top + 4, behavior: 'instant' });
			const note = Object.assign(document.createElement('div'), { className: 'notice', textContent: 'A note' });
			note.style.height = '160px';
			notices.append(note);
			await frame();
			await frame();
			const after = current();
			const rect = after?.getBoundingClientRect();
			const top = notices.getBoundingClientRect().top;
			note.remove();
			// Read on meanwhile: the next sentence was placed by its own highlight, so try again.
			if (!after || !rect || after.toString() !== text) continue;
			return { covered: rect.bottom > top, attempt };
		}
		return undefined;
	});
	await player.getByRole('button', { name: names('en').pause, exact: true }).tap();
	expect(result, 'no sentence lasted the three frames needed').toBeDefined();
	expect(result!.covered).toBe(false);
});

test('the header and the player keep clear of the notch and the home indicator', async ({ page }) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send(
		'Emulation.setSafeAreaInsetsOverride' as 'Emulation.setDeviceMetricsOverride',
		{
			insets: { top: 47, bottom: 34, left: 0, right: 0 }
		} as never
	);
	await page.goto('/en/');
	const header = page.getByRole('banner');
	for (const control of [...(await header.getByRole('link').all()), ...(await header.getByRole('button').all())]) {
		if (await control.isVisible()) expect((await rectOf(control)).y).toBeGreaterThanOrEqual(47);
	}
	const player = page.getByRole('region', { name: names('en').controls });
	const play = await rectOf(player.getByRole('button', { name: names('en').play, exact: true }));
	expect(play.y + play.height).toBeLessThanOrEqual(844 - 34);
	// The bar's background still reaches the bottom edge, under the indicator.
	const bar = await rectOf(player);
	expect(bar.y + bar.height).toBe(844);
});

test('the reading ruler follows a finger', async ({ page }) => {
	await useSettings(page, { ruler: true });
	await page.goto('/en/');
	const shade = page.locator('.ruler > div').first();
	await expect(shade).toBeAttached();
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: string, y: number) =>
		cdp.send('Input.dispatchTouchEvent', { type: type as 'touchStart', touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
	await touch('touchStart', 300);
	for (const y of [350, 450, 600]) await touch('touchMove', y);
	await touch('touchEnd', 600);
	// The shade above the band ends half a band above the finger.
	const height = await shade.evaluate((el) => el.getBoundingClientRect().height);
	expect(height).toBeGreaterThan(450);
	expect(height).toBeLessThan(600);
});
