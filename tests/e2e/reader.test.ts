import { expect, test } from '@playwright/test';
import { expectNoViolations } from './axe';
import { articles, common, languages, viewports } from './content';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		for (const lang of languages) {
			test(`the ${lang} page shows the whole article in ${lang}`, async ({ page }) => {
				const article = articles[lang];
				await page.goto(`/${lang}/`);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(page).toHaveTitle(new RegExp(`^${article.title}`));
				await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article.description);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
				const paragraphs = page.locator('article [data-paragraph]');
				await expect(paragraphs).toHaveText(article.paragraphs.map((p) => p.text));
				await expect(page.locator('article time')).toHaveAttribute('datetime', '2017-02-14');
				await expect(
					page.getByRole('link', { name: common[lang].article.original.replace('{{publisher}}', 'The Moscow Times') })
				).toHaveAttribute('href', article.url);
				await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(4);
				await expect(page.getByText(article.photoCredit)).toHaveCount(0);
			});
		}
	});
}

test('the page has one main heading, landmarks and a skip link to the article', async ({ page }) => {
	await page.goto('/ru/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'Язык' })).toBeVisible();
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Перейти к статье' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('#article')).toBeFocused();
});

test('the switcher names each language in itself and marks the current one', async ({ page }) => {
	await page.goto('/ko/');
	const nav = page.getByRole('navigation', { name: '언어' });
	for (const [lang, name] of [
		['en', 'English'],
		['ru', 'Русский'],
		['ko', '한국어']
	]) {
		const link = nav.getByRole('link', { name });
		await expect(link).toHaveAttribute('lang', lang);
		await expect(link).toHaveAttribute('hreflang', lang);
		await expect(link).toHaveAttribute('href', `/${lang}/`);
	}
	await expect(nav.locator('[aria-current="page"]')).toHaveText('한국어');
});

const autonym = { en: 'English', ru: 'Русский', ko: '한국어' } as const;

for (const [from, to, how] of [
	['en', 'ko', 'keyboard'],
	['ko', 'ru', 'mouse'],
	['ru', 'en', 'mouse']
] as const) {
	test(`switching from ${from} to ${to} by ${how} keeps the same paragraph in view`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await page.goto(`/${from}/`, { waitUntil: 'networkidle' });
		await page.locator('#treaty').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
		const link = page.getByRole('navigation').getByRole('link', { name: autonym[to] });
		// Not locator.click(): its own scrolling into view would move the page before the switch.
		if (how === 'keyboard') {
			await link.focus();
			await page.keyboard.press('Enter');
		} else {
			const box = (await link.boundingBox())!;
			await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		}
		await expect(page.locator('html')).toHaveAttribute('lang', to);
		await expect(page.locator('#treaty')).toHaveText(articles[to].paragraphs.find((p) => p.id === 'treaty')!.text);
		// Where it was: just below the sticky header, with focus still on the switcher.
		const top = await page.locator('#treaty').evaluate((el) => el.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(50);
		expect(top).toBeLessThan(80);
		await expect(link).toBeFocused();
		await expect(link).toHaveAttribute('aria-current', 'page');
	});
}

test('a language switch is announced to screen readers with the new page title', async ({ page }) => {
	await page.goto('/en/', { waitUntil: 'networkidle' });
	await page.getByRole('navigation').getByRole('link', { name: '한국어' }).click();
	await expect(page.locator('#svelte-announcer')).toHaveText(new RegExp(articles.ko.title));
});

test.describe('the language chooser at /', () => {
	test.describe('in a Korean browser', () => {
		test.use({ locale: 'ko-KR' });
		test('goes to the Korean article', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/ko/');
			await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		});

		test('goes on before the chooser asks for a single script', async ({ page }) => {
			const requested: string[] = [];
			page.on('request', (request) => requested.push(new URL(request.url()).pathname));
			await page.goto('/');
			await expect(page).toHaveURL('/ko/');
			const before = requested.slice(0, requested.indexOf('/ko/'));
			expect(before[0]).toBe('/');
			expect(before.filter((path) => path.endsWith('.js'))).toEqual([]);
		});

		test('respects a language chosen earlier over the browser language', async ({ page }) => {
			await page.goto('/ko/');
			// Once the app has started: before, the link is a plain link, and remembers nothing.
			await expect(page.getByRole('button', { name: common.ko.speech.play, exact: true })).toBeVisible();
			await page.getByRole('navigation').getByRole('link', { name: 'Русский' }).click();
			await expect(page).toHaveURL('/ru/');
			await page.goto('/');
			await expect(page).toHaveURL('/ru/');
		});

		test('ignores a corrupted saved choice', async ({ page }) => {
			await page.addInitScript(() => localStorage.setItem('reader.language', '{"broken'));
			await page.goto('/');
			await expect(page).toHaveURL('/ko/');
		});
	});

	test.describe('in a French browser', () => {
		test.use({ locale: 'fr-FR' });
		test('stays on the chooser and offers all three languages', async ({ page }) => {
			await page.goto('/');
			// Heard as three titles with a pause between them: the dots are hidden, the spaces are not.
			await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(languages.map((l) => common[l].chooser.title).join(' '));
			await expect(page).toHaveTitle(languages.map((l) => common[l].app.name).join(' — '));
			await expect(page.locator('html')).not.toHaveAttribute('data-player');
			await page
				.getByRole('main')
				.getByRole('link', { name: /Русский/ })
				.click();
			await expect(page).toHaveURL('/ru/');
			// Arrived without a page load, the article still keeps room under it for the player bar.
			await expect(page.locator('html')).toHaveAttribute('data-player', '');
			expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom))).toBeGreaterThan(60);
		});
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false, locale: 'ko-KR' });
		test('is a list of links', async ({ page }) => {
			await page.goto('/');
			await expect(page).toHaveURL('/');
			for (const lang of languages) await expect(page.getByRole('main').locator(`a[href="/${lang}/"][hreflang="${lang}"]`)).toHaveCount(1);
		});
	});
});

test.describe('an unknown path', () => {
	for (const [locale, lang] of [
		['ru-RU', 'ru'],
		['ko-KR', 'ko'],
		['en-US', 'en']
	] as const) {
		test.describe(`in a ${locale} browser`, () => {
			test.use({ locale });
			test(`shows the not-found page in ${lang} with links to every language`, async ({ page }) => {
				const response = await page.goto('/no/such/page/');
				expect(response?.status()).toBe(404);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(common[lang].notFound.title);
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				for (const l of languages) await expect(page.getByRole('main').locator(`a[href="/${l}/"]`)).toHaveCount(1);
			});
		});
	}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('says so in all three languages', async ({ page }) => {
			await page.goto('/xx/');
			for (const lang of languages) await expect(page.getByText(common[lang].notFound.title)).toBeVisible();
		});
	});
});

test.describe('accessibility', () => {
	for (const viewport of viewports) {
		test.describe(`at ${viewport.width}×${viewport.height}`, () => {
			test.use({ viewport });
			for (const path of [...languages.map((l) => `/${l}/`), '/404.html']) {
				test(`${path} has no axe violations`, async ({ page }) => {
					await page.goto(path);
					await expectNoViolations(page);
				});
			}
			test('the chooser has no axe violations', async ({ page }) => {
				await page.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['fr'] }));
				await page.goto('/');
				await expectNoViolations(page);
			});
		});
	}
});

test.describe('reflow', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	for (const lang of languages) {
		test(`the ${lang} page does not scroll sideways at 320 px`, async ({ page }) => {
			await page.goto(`/${lang}/`);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		});
	}
});
