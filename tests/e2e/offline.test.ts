import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { autonyms } from '../../src/lib/i18n/languages';
import { articles, common, languages, type Lang } from './content';
import { nextDeploy, serverKinds, TestServer } from './servers';

for (const kind of serverKinds) {
	test.describe(`served by ${kind}`, () => {
		let server: TestServer;
		test.beforeEach(async () => {
			server = new TestServer(kind);
			await server.start();
		});
		test.afterEach(async () => server.stop());

		/** Saved for offline use, and started to the end: the player's bar is the last thing the page adds. */
		async function waitForOfflineReady(page: Page, lang: Lang) {
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			await expect(page.getByRole('status').filter({ hasText: common[lang].offline.ready })).toBeVisible();
			await expect(
				page.getByRole('region', { name: common[lang].speech.controls }).getByRole('button', { name: common[lang].speech.play })
			).toBeVisible();
		}

		async function expectArticle(page: Page, lang: Lang) {
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(articles[lang].title);
			await expect(page.locator('[data-paragraph]')).toHaveText(articles[lang].paragraphs.map((p) => p.text));
		}

		test('after one visit every language reads with the server stopped', async ({ page }) => {
			await page.goto(`${server.origin}/en/`);
			await waitForOfflineReady(page, 'en');
			await server.stop();

			await page.reload();
			await expectArticle(page, 'en');
			// Once Kit's router has started (it takes over scrolling then): a link followed before that is
			// a plain one, which opens the page but does not record a choice.
			await page.waitForFunction(() => history.scrollRestoration === 'manual');
			await page.getByRole('navigation').getByRole('link', { name: 'Русский' }).click();
			await expectArticle(page, 'ru');
			await page.goto(`${server.origin}/ko/`);
			await expectArticle(page, 'ko');
			// Typed addresses in other shapes reach the same saved pages.
			for (const [path, lang] of [
				['/ru', 'ru'],
				['/en/index.html', 'en'],
				['/ko/?from=share', 'ko']
			] as const) {
				await page.goto(server.origin + path);
				await expectArticle(page, lang);
			}
			// The switcher saved Russian as the reader's choice.
			await page.goto(`${server.origin}/`);
			await expect(page).toHaveURL(`${server.origin}/ru/`);
			await expectArticle(page, 'ru');
		});

		test('the reading font, first picked with the server stopped, is there', async ({ page }) => {
			await page.goto(`${server.origin}/en/`);
			await waitForOfflineReady(page, 'en');
			await server.stop();
			await page.reload();
			await page.waitForFunction(() => history.scrollRestoration === 'manual');
			const t = common.en.settings;
			await page.getByRole('button', { name: t.open, exact: true }).click();
			await page.getByRole('dialog', { name: t.title }).getByRole('radio', { name: t.fonts.hyperlegible }).check();
			const loaded = await page.evaluate(async () => {
				await document.fonts.ready;
				const faces = [...document.fonts].filter((face) => face.family.includes('Atkinson Hyperlegible Next'));
				return faces.map((face) => `${face.weight} ${face.status}`);
			});
			expect(loaded).toContain('400 loaded');
		});

		test('a page that was never saved shows the offline page in the reader’s language', async ({ browser }) => {
			const context = await browser.newContext({ locale: 'ru-RU' });
			const page = await context.newPage();
			await page.goto(`${server.origin}/ru/`);
			await waitForOfflineReady(page, 'ru');
			await server.stop();
			const response = await page.goto(`${server.origin}/somewhere/else/`);
			expect(response?.ok()).toBe(true);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(common.ru.offline.title);
			await expect(page.getByRole('main').getByRole('link', { name: /Русский/ })).toHaveAttribute('href', '/ru/');
			await context.close();
		});

		test('a reload while the first install is under way offers no update: the page is already the newest', async ({ page, context }) => {
			// The worker saves the fonts too, which no page here shows: holding them keeps the first install
			// under way until the reload is done (else, on a slow run, the reload comes from the worker).
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			await context.route('**/*.woff2', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`${server.origin}/en/`);
			await page.reload();
			expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
			release();
			await waitForOfflineReady(page, 'en');
			// The install has finished with nothing waiting behind it: no update can be offered any more.
			await page.waitForFunction(async () => {
				const registration = await navigator.serviceWorker.ready;
				return !registration.installing && !registration.waiting;
			});
			await expect(page.getByRole('status').filter({ hasText: common.en.offline.updateReady })).toHaveCount(0);
		});

		test('the offline indicator shows while the network is down', async ({ page, context }) => {
			await page.goto(`${server.origin}/ko/`);
			await waitForOfflineReady(page, 'ko');
			const indicator = page.getByRole('banner').getByText(common.ko.offline.indicator);
			await expect(indicator).toBeHidden();
			await context.setOffline(true);
			await expect(indicator).toBeVisible();
			await context.setOffline(false);
			await expect(indicator).toBeHidden();
		});

		test('the storage section lists the saved languages when opened', async ({ page }) => {
			await page.goto(`${server.origin}/en/`);
			await waitForOfflineReady(page, 'en');
			const section = page.locator('details.storage');
			await section.getByText(common.en.offline.section).click();
			await expect(section).toHaveAttribute('open');
			await expect(section.getByRole('listitem')).toHaveText([/English\s*✓/, /Русский\s*✓/, /한국어\s*✓/]);
			await expect(section.getByText(/Storage used: .+ of .+ available/)).toBeVisible();
			await expect(section.getByText(/Storage is (not )?persistent/)).toBeVisible();
		});

		test('with the server stopped, parallel text, paragraphs in other languages, settings and the player still load', async ({ page }) => {
			await page.goto(`${server.origin}/ko/`);
			await waitForOfflineReady(page, 'ko');
			await server.stop();
			await page.reload();
			await expectArticle(page, 'ko');
			// Code loaded on demand comes from the saved copy too.
			const player = page.getByRole('region', { name: common.ko.speech.controls });
			await player.getByRole('button', { name: common.ko.speech.options }).click();
			await expect(player.getByRole('slider', { name: common.ko.speech.speed })).toBeVisible();
			await expect(player.locator('.message')).not.toContainText(common.ko.speech.loadFailed);
			await page.getByRole('button', { name: common.ko.settings.open }).click();
			await expect(page.getByRole('dialog', { name: common.ko.settings.title })).toBeVisible();
			await page.keyboard.press('Escape');

			const parallel = page.getByRole('combobox', { name: common.ko.reading.parallel });
			await parallel.selectOption('en');
			await expect(page.locator('.counterpart[lang="en"]')).toHaveText(articles.en.paragraphs.map((p) => p.text));
			await parallel.selectOption('');
			const disclosure = page.locator('details.other-languages').first();
			await disclosure.locator('summary').click();
			await expect(disclosure.locator('.version[lang="ru"]')).toContainText(articles.ru.paragraphs[0].text);
			await expect(disclosure.locator('.version[lang="en"]')).toContainText(articles.en.paragraphs[0].text);
			await page.getByText(common.ko.offline.section).click();
			await expect(page.locator('details.storage').getByRole('listitem')).toHaveCount(languages.length);
		});

		for (const lang of languages) {
			test(`axe finds nothing in ${lang} with the indicator, the ready message and the install control showing`, async ({
				page,
				context
			}) => {
				await page.goto(`${server.origin}/${lang}/`);
				await waitForOfflineReady(page, lang);
				// Headless Chromium never offers installation itself; the page gets the event it would.
				await page.evaluate(() => dispatchEvent(new Event('beforeinstallprompt', { cancelable: true })));
				await expect(page.getByRole('button', { name: common[lang].install.button })).toBeVisible();
				await context.setOffline(true);
				await expect(page.getByRole('banner').getByRole('status')).toHaveText(common[lang].offline.indicator);
				await expectNoViolations(page);
				await context.setOffline(false);
			});
		}

		test.describe('an update', () => {
			const OLD = articles.en.title;
			const NEW = 'Russian Court Spares North Korean Defector From Deportation';

			test('is offered, and accepting shows the new text at the same paragraph with one reload', async ({ page, context }) => {
				const next = nextDeploy(OLD, NEW);
				await page.setViewportSize({ width: 375, height: 812 });
				await page.goto(`${server.origin}/en/`);
				await waitForOfflineReady(page, 'en');
				await page.getByRole('button', { name: common.en.offline.dismiss }).click();
				const other = await context.newPage();
				await other.goto(`${server.origin}/en/`);
				await other.waitForFunction(() => navigator.serviceWorker.controller !== null);

				await server.stop();
				await server.start(next);
				await page.locator('#treaty').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
				await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

				const prompt = page.getByRole('status').filter({ hasText: common.en.offline.updateReady });
				await expect(prompt).toBeVisible();
				await expectNoViolations(page);
				let loads = 0;
				page.on('load', () => loads++);
				let otherLoads = 0;
				other.on('load', () => otherLoads++);
				// The other tab hears the new worker take over, as the accepting tab does: that is when it
				// would reload if it were going to. A reload starts with beforeunload, in the same task.
				await other.evaluate(() => {
					const w = window as unknown as { takenOver: Promise<boolean> };
					let leaving = false;
					addEventListener('beforeunload', () => (leaving = true));
					w.takenOver = new Promise((resolve) =>
						navigator.serviceWorker.addEventListener('controllerchange', () => resolve(leaving), { once: true })
					);
				});
				await prompt.getByRole('button', { name: common.en.offline.reload }).click();

				await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW);
				const top = await page.locator('#treaty').evaluate((el) => el.getBoundingClientRect().top);
				expect(top).toBeGreaterThanOrEqual(50);
				expect(top).toBeLessThan(80);
				// The other tab is offered the reload and does not take it by itself.
				await expect(other.getByRole('status').filter({ hasText: common.en.offline.updateReady })).toBeVisible();
				// The listener answers after the page's own one, which would have started the reload.
				expect(await other.evaluate(() => (window as unknown as { takenOver: Promise<boolean> }).takenOver)).toBe(false);
				await expect(other.getByRole('heading', { level: 1 })).toHaveText(OLD);
				expect(loads).toBe(1);
				expect(otherLoads).toBe(0);
			});

			test('is looked for when the page becomes visible, but never while offline', async ({ page, context }) => {
				// Counts the page's update checks through the real registration.
				await page.addInitScript(() => {
					const update = ServiceWorkerRegistration.prototype.update;
					(window as unknown as { updateChecks: number }).updateChecks = 0;
					ServiceWorkerRegistration.prototype.update = function () {
						(window as unknown as { updateChecks: number }).updateChecks++;
						return update.call(this);
					};
				});
				await page.goto(`${server.origin}/en/`);
				await waitForOfflineReady(page, 'en');
				const checks = () => page.evaluate(() => (window as unknown as { updateChecks: number }).updateChecks);
				const before = await checks();
				await context.setOffline(true);
				await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
				expect(await checks()).toBe(before);
				await context.setOffline(false);
				await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
				await expect.poll(checks).toBe(before + 1);
			});
		});
	});
}

test.describe('before the reader is saved for offline use', () => {
	// No service worker: it would serve the code loaded on demand from its copy.
	test.use({ serviceWorkers: 'block' });
	const offline = '**/_app/immutable/**';

	test('reading settings that cannot be loaded say so, and the next press opens them', async ({ page }) => {
		await page.goto('/ru/');
		const open = page.getByRole('button', { name: common.ru.settings.open, exact: true });
		await expect(open).toBeEnabled();
		await page.route(offline, (route) => route.abort('internetdisconnected'));
		await open.click();
		const dialog = page.getByRole('dialog', { name: common.ru.settings.title });
		await expect(dialog).toHaveAccessibleDescription(common.ru.settings.loadFailed);
		await expect(dialog.getByRole('button', { name: common.ru.settings.close })).toBeFocused();
		await expectNoViolations(page);
		await page.keyboard.press('Enter');
		await expect(dialog).toHaveCount(0);
		await expect(open).toBeFocused();
		await page.unroute(offline);
		await open.click();
		await expect(dialog.getByRole('group', { name: common.ru.settings.theme })).toBeVisible();
	});

	test('a browser that blocks service workers is told so in the page’s language, and the article still works', async ({ page }) => {
		for (const lang of languages) {
			await page.goto(`/${lang}/`);
			const { storageFailed, failureReasons } = common[lang].offline;
			const notice = page.getByRole('status').filter({ hasText: storageFailed.replace('{{reason}}', failureReasons.blocked) });
			await expect(notice).toBeVisible();
			await expect(page.locator('[data-paragraph]')).toHaveText(articles[lang].paragraphs.map((p) => p.text));
		}
	});

	test('a language switch while offline keeps the article, the place and the language, and says why', async ({ page, context }) => {
		await page.goto('/en/');
		await page.getByRole('region', { name: common.en.speech.controls }).waitFor();
		const paragraph = page.locator('[data-paragraph]').nth(6);
		await paragraph.evaluate((element) => element.scrollIntoView());
		const top = () => paragraph.evaluate((element) => Math.round(element.getBoundingClientRect().top));
		const before = await top();
		await context.setOffline(true);
		const switcher = page.getByRole('navigation', { name: common.en.language.switcherLabel });
		const korean = switcher.getByRole('link', { name: autonyms.ko });
		await korean.focus();
		await page.keyboard.press('Enter');
		const notice = page.getByRole('status').locator('.notice', { hasText: common.en.language.offline.replace('{{language}}', 'Korean') });
		await expect(notice).toBeVisible();
		await expect(page).toHaveURL(/\/en\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(articles.en.title);
		await expect(switcher.getByRole('link', { name: autonyms.en })).toHaveAttribute('aria-current', 'page');
		await expect(korean).toBeFocused();
		expect(await top()).toBe(before);
		expect(await page.evaluate(() => localStorage.getItem('reader.language'))).not.toBe('ko');
		await expectNoViolations(page);
		await notice.getByRole('button', { name: common.en.offline.dismiss }).click();
		await expect(notice).toHaveCount(0);
		// Connected again, the same press switches.
		await context.setOffline(false);
		await korean.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(articles.ko.title);
		expect(await page.evaluate(() => localStorage.getItem('reader.language'))).toBe('ko');
	});

	test('a paragraph in other languages that cannot be loaded keeps its links, says so, and loads when opened again', async ({ page }) => {
		await page.goto('/en/');
		await expect(page.getByRole('combobox', { name: common.en.reading.parallel })).toBeEnabled();
		await page.route(offline, (route) => route.abort('internetdisconnected'));
		const disclosure = page.locator('details.other-languages').nth(1);
		const summary = disclosure.locator('summary');
		await summary.click();
		const alert = disclosure.getByRole('alert');
		await expect(alert).toContainText(common.en.reading.loadFailed);
		await expect(disclosure.getByRole('link', { name: autonyms.ru })).toHaveAttribute('href', `/ru/#${articles.en.paragraphs[1].id}`);
		// Still offline: trying again (here by keyboard) says so again, and focus stays on Try again.
		const retry = alert.getByRole('button', { name: common.en.reading.retry });
		await alert.evaluate((element) => (element.dataset.before = ''));
		await retry.focus();
		await page.keyboard.press('Enter');
		await expect(disclosure.locator('.versions-failed[data-before]')).toHaveCount(0);
		await expect(alert).toContainText(common.en.reading.loadFailed);
		await expect(retry).toBeFocused();
		await page.unroute(offline);
		await page.keyboard.press('Enter');
		await expect(disclosure.locator('.version[lang="ko"]')).toContainText(articles.ko.paragraphs[1].text);
		await expect(disclosure.getByRole('alert')).toHaveCount(0);
		// Try again is gone with its message: focus is on the disclosure, not back at the page's start.
		await expect(summary).toBeFocused();
		// Closed and opened again, it stays filled in.
		await summary.click();
		await summary.click();
		await expect(disclosure.locator('.version[lang="ru"]')).toContainText(articles.ru.paragraphs[1].text);
	});

	test('the storage section that cannot be loaded says so, and opening it again loads it', async ({ page }) => {
		await page.goto('/ko/');
		// Started to the end: the player's bar is the last thing to appear, and it moves the footer.
		await expect(
			page.getByRole('region', { name: common.ko.speech.controls }).getByRole('button', { name: common.ko.speech.play })
		).toBeVisible();
		await page.route(offline, (route) => route.abort('internetdisconnected'));
		const section = page.locator('details.storage');
		const summary = section.getByText(common.ko.offline.section);
		await summary.click();
		await expect(section).toHaveAttribute('open');
		await expect(section.getByRole('alert')).toHaveText(common.ko.offline.sectionFailed);
		await page.unroute(offline);
		await summary.click();
		await summary.click();
		await expect(section.getByRole('alert')).toHaveCount(0);
		// Without a service worker nothing was saved, and the section says so for each language.
		await expect(section.getByRole('listitem')).toHaveText(languages.map(() => new RegExp(common.ko.offline.notSaved)));
	});
});
