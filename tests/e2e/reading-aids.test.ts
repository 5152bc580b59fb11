import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { articles, common, languages, viewports, type Lang } from './content';
import { autonyms } from '../../src/lib/i18n/languages';

const strings = (lang: Lang) => common[lang].reading;
const fill = (text: string, values: Record<string, string | number>) =>
	text.replace(/{{(\w+)}}/g, (_, name: string) => String(values[name]));

/** The sticky header's bottom edge: what is above it is hidden from the reader. */
const headerBottom = (page: Page) => page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);

async function chooseParallel(page: Page, lang: Lang, partner: Lang | '') {
	const select = page.getByRole('combobox', { name: strings(lang).parallel });
	await expect(select).toBeEnabled();
	await select.selectOption(partner);
}

for (const lang of languages) {
	const article = articles[lang];
	const total = article.paragraphs.length;

	test.describe(`in ${lang}`, () => {
		test('a plain-language summary is above the article, labelled, and folds away', async ({ page }) => {
			await page.goto(`/${lang}/`);
			const summary = page.locator('details.summary');
			const toggle = summary.locator('summary');
			await expect(toggle).toHaveText(strings(lang).summary);
			await expect(summary.locator('p')).toHaveText(article.summary);
			const [summaryBox, firstParagraph] = [await summary.boundingBox(), await page.locator('[data-paragraph]').first().boundingBox()];
			expect(summaryBox!.y).toBeLessThan(firstParagraph!.y);
			await toggle.focus();
			await page.keyboard.press('Enter');
			await expect(summary.locator('p').first()).toBeHidden();
			await page.keyboard.press('Enter');
			await expect(summary.locator('p').first()).toBeVisible();
		});

		test('every glossary term links to its explanation and back, by keyboard', async ({ page }) => {
			await page.goto(`/${lang}/`);
			const glossary = page.getByRole('region', { name: strings(lang).glossary });
			await expect(glossary.getByRole('term')).toHaveCount(article.glossary.length);
			for (const entry of article.glossary) {
				const link = page.locator(`[data-paragraph] a[href="#glossary-${entry.id}"]`);
				await expect(link).toHaveText(entry.match);
				await expect(glossary.locator(`#glossary-${entry.id} .term`)).toHaveText(entry.term);
				await expect(glossary.locator(`#glossary-${entry.id} + dd`)).toContainText(entry.definition);
				if (entry.expansion) {
					await expect(link.locator('abbr')).toHaveAttribute('title', entry.expansion);
					await expect(glossary.locator(`#glossary-${entry.id}`)).toContainText(entry.expansion);
				}
			}
			// Follow one term there and back with the keyboard; the target is never under the sticky header.
			const entry = article.glossary.find((g) => g.id === 'ecthr')!;
			await page.locator(`a#term-${entry.id}`).focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`#glossary-${entry.id}$`));
			const term = page.locator(`#glossary-${entry.id}`);
			await expect(term).toBeInViewport();
			expect((await term.boundingBox())!.y).toBeGreaterThanOrEqual(await headerBottom(page));
			const back = page.getByRole('link', { name: fill(strings(lang).backToTerm, { term: entry.term }) });
			await back.focus();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`#term-${entry.id}$`));
			await expect(page.locator(`a#term-${entry.id}`)).toBeInViewport();
		});

		test('reading progress says which paragraph is in view, for assistive technology as text', async ({ page }) => {
			await page.goto(`/${lang}/`);
			// The bar is drawn for the eye; screen readers read the words beside it, and no progress bar
			// announces its percentage as the page scrolls.
			const bar = page.locator('.reading-progress');
			await expect(bar).toHaveAttribute('aria-hidden', 'true');
			await expect(page.getByRole('progressbar')).toHaveCount(0);
			const said = (current: number) =>
				page.getByRole('banner').getByText(fill(strings(lang).progress, { current, total }), { exact: true });
			await expect(said(1)).toHaveCount(1);
			await page.locator(`#${article.paragraphs[2].id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expect(said(3)).toHaveCount(1);
			await expect(bar).toHaveJSProperty('value', 3);
			// Past the last paragraph, in the glossary, the article counts as read.
			await page.getByRole('heading', { name: strings(lang).glossary }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expect(said(total)).toHaveCount(1);
		});

		test('a later visit offers to continue where the reader left off, in any language', async ({ page }) => {
			await page.goto(`/${lang}/`);
			// No offer on a first visit.
			await expect(page.getByRole('button', { name: strings(lang).continueButton })).toHaveCount(0);
			await page.locator(`#${article.paragraphs[4].id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expect(page.locator('.reading-progress')).toHaveJSProperty('value', 5);

			const next = languages[(languages.indexOf(lang) + 1) % languages.length];
			await page.goto(`/${next}/`);
			const offer = page.getByRole('status').filter({ hasText: fill(strings(next).continue, { current: 5, total }) });
			await expect(offer).toBeVisible();
			await offer.getByRole('button', { name: strings(next).continueButton }).click();
			const target = page.locator(`#${article.paragraphs[4].id}`);
			await expect(target).toBeFocused();
			await expect(target).toBeInViewport();
			await expect(offer).toHaveCount(0);
			await expect(page.locator('.reading-progress')).toHaveJSProperty('value', 5);
		});

		test('no offer to continue after a reload or a link to a paragraph: the reader is already placed', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await page.locator(`#${article.paragraphs[4].id}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await expect(page.locator('.reading-progress')).toHaveJSProperty('value', 5);
			const offer = page.getByRole('button', { name: strings(lang).continueButton });
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-theme', /.+/);
			await expect(page.getByRole('combobox', { name: strings(lang).parallel })).toBeEnabled();
			await expect(offer).toHaveCount(0);
			await page.goto('about:blank'); // a new document, not a jump within this one
			await page.goto(`/${lang}/#${article.paragraphs[2].id}`);
			await expect(page.getByRole('combobox', { name: strings(lang).parallel })).toBeEnabled();
			await expect(offer).toHaveCount(0);
			// A fresh arrival does get it, so the two checks above are not vacuous.
			await page.goto('about:blank');
			await page.goto(`/${lang}/`);
			await expect(offer).toBeVisible();
		});

		test('any paragraph shows in the other two languages in place', async ({ page }) => {
			await page.goto(`/${lang}/`);
			const paragraph = article.paragraphs[3];
			const disclosure = page.locator('.paragraph').nth(3).locator('details.other-languages');
			const toggle = disclosure.locator('summary');
			await expect(toggle).toHaveText(`${fill(strings(lang).otherLanguagesLabel, { number: 4 })}: ${strings(lang).otherLanguages}`);
			await toggle.focus();
			await page.keyboard.press('Enter');
			for (const other of languages.filter((l) => l !== lang)) {
				const version = disclosure.locator(`.version[lang="${other}"]`);
				await expect(version).toContainText(articles[other].paragraphs.find((p) => p.id === paragraph.id)!.text);
			}
			await expect(page).toHaveURL(`/${lang}/`);
			await expectNoViolations(page);
		});

		test('parallel text pairs each paragraph with its counterpart, in reading order', async ({ page }) => {
			const partner = languages.find((l) => l !== lang)!;
			await page.goto(`/${lang}/`);
			await chooseParallel(page, lang, partner);
			const counterparts = page.locator(`.counterpart[lang="${partner}"]`);
			await expect(counterparts).toHaveText(articles[partner].paragraphs.map((p) => p.text));
			// A screen reader meets a paragraph and then its counterpart.
			const order = await page.locator('[data-paragraph], .counterpart').evaluateAll((els) => els.map((el) => el.id));
			expect(order).toEqual(article.paragraphs.flatMap((p) => [p.id, `${p.id}--${partner}`]));
			// Side by side on a wide screen.
			const [own, theirs] = [await page.locator('[data-paragraph]').first().boundingBox(), await counterparts.first().boundingBox()];
			expect(theirs!.x).toBeGreaterThan(own!.x + own!.width);
			expect(Math.abs(theirs!.y - own!.y)).toBeLessThan(2);
			// With a sentence group focused from the keyboard, too.
			await page.keyboard.press('.');
			await expect(page.locator('[data-paragraph] [data-group]').first()).toBeFocused();
			await expectNoViolations(page);

			// The choice is kept, the menu shows it, and Off ends it.
			await page.reload();
			await expect(counterparts).toHaveCount(total);
			await expect(page.getByRole('combobox', { name: strings(lang).parallel })).toHaveValue(partner);
			await chooseParallel(page, lang, '');
			await expect(counterparts).toHaveCount(0);
		});
	});
}

test('on a phone, parallel text puts each counterpart under its paragraph', async ({ page }) => {
	await page.setViewportSize(viewports[0]);
	await page.goto('/ru/');
	await chooseParallel(page, 'ru', 'ko');
	const own = await page.locator('[data-paragraph]').nth(1).boundingBox();
	const theirs = await page.locator('.counterpart[lang="ko"]').nth(1).boundingBox();
	expect(theirs!.y).toBeGreaterThanOrEqual(own!.y + own!.height);
	expect(Math.abs(theirs!.x - own!.x)).toBeLessThan(20);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectNoViolations(page);
});

test('on a phone, moving group by group shows each group with its counterpart, clear of the header and the player', async ({ page }) => {
	await page.setViewportSize(viewports[0]);
	await page.goto('/ru/');
	await chooseParallel(page, 'ru', 'ko');
	// The first visit's note, closed: what stays on screen is the header and the player's bar.
	await page.locator('.notices').getByRole('button', { name: common.ru.offline.dismiss }).click();
	// Each stop shows its group clear of both bars, and its counterpart too wherever the two fit
	// together (a long group above the rest of its paragraph may not): at least some of them do.
	let together = 0;
	for (let stop = 0; stop < 10; stop++) {
		await page.keyboard.press('.');
		const shown = await page.evaluate(() => {
			const group = document.activeElement as HTMLElement;
			const other = group
				.closest('.paragraph')!
				.querySelector(`${group.closest('.counterpart') ? '[data-paragraph]' : '.counterpart'} [data-group="${group.dataset.group}"]`)!;
			const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
			const bottom = document.querySelector('.player')!.getBoundingClientRect().top;
			const [a, b] = [group.getBoundingClientRect(), other.getBoundingClientRect()];
			const clear = (r: DOMRect) => r.top >= top && r.bottom <= bottom;
			// The scroll margins keep half a rem under the header and a rem over the player.
			const fit = Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top) <= bottom - top - 24;
			return { own: clear(a), counterpart: fit ? clear(b) : 'does not fit' };
		});
		expect(shown.own, `stop ${stop}`).toBe(true);
		if (shown.counterpart !== 'does not fit') {
			expect(shown.counterpart, `stop ${stop}`).toBe(true);
			together++;
		}
	}
	expect(together).toBeGreaterThan(5);
});

test('a paragraph opened in other languages before the page is interactive fills in once it is', async ({ page }) => {
	let release = () => {};
	const hydration = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
		await hydration;
		await route.continue();
	});
	await page.goto('/en/', { waitUntil: 'domcontentloaded' });
	const disclosure = page.locator('details.other-languages').first();
	await disclosure.locator('summary').click();
	await expect(disclosure.getByRole('link', { name: autonyms.ko })).toBeVisible();
	release();
	await expect(disclosure.locator('.version[lang="ko"]')).toContainText(articles.ko.paragraphs[0].text);
	await expect(disclosure.locator('.version[lang="ru"]')).toContainText(articles.ru.paragraphs[0].text);
});

test('after switching language, each paragraph offers the other two languages of the new page', async ({ page }) => {
	await page.goto('/en/');
	const disclosure = page.locator('details.other-languages').nth(2);
	await disclosure.locator('summary').click();
	await expect(disclosure.locator('.version[lang="ru"]')).toContainText(articles.ru.paragraphs[2].text);
	await page.getByRole('navigation').getByRole('link', { name: autonyms.ru }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(disclosure.locator('summary')).toHaveText(
		`${fill(strings('ru').otherLanguagesLabel, { number: 3 })}: ${strings('ru').otherLanguages}`
	);
	await expect(disclosure).not.toHaveAttribute('open');
	await disclosure.locator('summary').click();
	await expect(disclosure.locator('.version')).toHaveCount(2);
	await expect(disclosure.locator('.version[lang="en"]')).toContainText(articles.en.paragraphs[2].text);
	await expect(disclosure.locator('.version[lang="ko"]')).toContainText(articles.ko.paragraphs[2].text);
});

test('asking to listen in two languages without a voice for the partner says so', async ({ page }) => {
	// This browser has no voices at all (the speech project has them): the partner's is missing too.
	await page.goto('/ru/');
	await chooseParallel(page, 'ru', 'ko');
	await page.getByRole('checkbox', { name: strings('ru').listenBoth }).check();
	const language = new Intl.DisplayNames('ru', { type: 'language' }).of('ko')!;
	await expect(page.getByText(fill(strings('ru').listenBothNoVoice, { language }))).toBeVisible({ timeout: 10_000 });
	await page.reload();
	await expect(page.getByRole('checkbox', { name: strings('ru').listenBoth })).toBeChecked();
});

test.describe('before the reader is saved for offline use', () => {
	// A service worker would answer from its copy, which the page's routes do not see.
	test.use({ serviceWorkers: 'block' });

	test('a translation that cannot be loaded says so and can be tried again', async ({ page }) => {
		await page.route('**/ko/page.json', (route) => route.abort('internetdisconnected'));
		await page.goto('/en/');
		await chooseParallel(page, 'en', 'ko');
		const alert = page.getByRole('alert').filter({ hasText: strings('en').loadFailed });
		await expect(alert).toBeVisible();
		// The article itself is untouched.
		await expect(page.locator('[data-paragraph]')).toHaveText(articles.en.paragraphs.map((p) => p.text));
		await page.unroute('**/ko/page.json');
		await alert.getByRole('button', { name: strings('en').retry }).click();
		await expect(page.locator('.counterpart[lang="ko"]')).toHaveCount(articles.ko.paragraphs.length);
		await expect(alert).toHaveCount(0);
	});
});

test('corrupted saved parallel and place settings are ignored', async ({ page }) => {
	await page.goto('/en/');
	await page.evaluate(() => {
		localStorage.setItem('reader.parallel', '{"partner":"xx","listenBoth":"yes"');
		localStorage.setItem('reader.place', '{"id":{"evil":1}}');
	});
	await page.reload();
	await expect(page.getByRole('combobox', { name: strings('en').parallel })).toHaveValue('');
	await expect(page.locator('.counterpart')).toHaveCount(0);
	await expect(page.getByRole('button', { name: strings('en').continueButton })).toHaveCount(0);
	await expect(page.locator('[data-paragraph]')).toHaveCount(articles.en.paragraphs.length);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the summary, glossary and links to each paragraph in the other languages still work', async ({ page }) => {
		await page.goto('/ko/');
		await expect(page.locator('details.summary p')).toHaveText(articles.ko.summary);
		await expect(page.getByRole('region', { name: strings('ko').glossary }).getByRole('term')).toHaveCount(articles.ko.glossary.length);
		const disclosure = page.locator('.paragraph').first().locator('details.other-languages');
		await disclosure.locator('summary').click();
		const link = disclosure.getByRole('link', { name: autonyms.ru });
		await expect(link).toHaveAttribute('href', `/ru/#${articles.ko.paragraphs[0].id}`);
		await link.click();
		await expect(page.locator(`#${articles.ko.paragraphs[0].id}`)).toBeInViewport();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	});
});
