/**
 * The behaviours every engine a phone reads with must share, written once and run per engine
 * (the project decides which: chromium through Playwright, firefox through puppeteer-core, webkit
 * through selenium-webdriver).
 */
import { expect, test as base } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { WCAG_TAGS } from './axe';
import { articles, common, languages } from './content';
import { firefoxDriver, firefoxUnavailable, playwrightDriver } from './engines/adapters';
import { waitFor, type Driver } from './engines/driver';
import { sentencesOf } from './sentences';
import { TestServer } from './servers';
import { privateSpeechDaemon } from './speech-daemon';
import { watchedBuild, webkitDriver, webkitUnavailable } from './engines/webkit';

type Site = { origin: string; dir: string };

const unavailable = (project: string) =>
	project === 'firefox' ? firefoxUnavailable() : project === 'webkit' ? webkitUnavailable() : undefined;

const test = base.extend<{ driver: Driver }, { speechSocket: string; site: Site }>({
	// WebKit's pages carry the page watcher themselves (see watchedBuild), so it reads a copy of the
	// build from a server of its own; the other engines read the build the suite serves.
	site: [
		async ({}, use, workerInfo) => {
			if (workerInfo.project.name !== 'webkit' || webkitUnavailable()) return use({ origin: 'http://localhost:4173', dir: 'build' });
			const build = watchedBuild();
			const server = new TestServer();
			try {
				await server.start(build.dir);
				await use({ origin: server.origin, dir: build.dir });
			} finally {
				await server.stop();
				build.remove();
			}
		},
		{ scope: 'worker' }
	],
	// Firefox speaks through a daemon of its own, so it never talks over the speech project's pages.
	speechSocket: [
		async ({}, use, workerInfo) => {
			if (workerInfo.project.name !== 'firefox' || firefoxUnavailable()) return use('');
			const daemon = privateSpeechDaemon(`firefox-${workerInfo.workerIndex}`);
			try {
				await use(daemon.socket);
			} finally {
				daemon.stop();
			}
		},
		{ scope: 'worker' }
	],
	driver: async ({ browser, speechSocket }, use, testInfo) => {
		const project = testInfo.project.name;
		testInfo.skip(!!unavailable(project), unavailable(project));
		const driver =
			project === 'firefox'
				? await firefoxDriver(speechSocket)
				: project === 'webkit'
					? await webkitDriver()
					: await playwrightDriver(await browser.newContext());
		try {
			await use(driver);
			// No page error, unhandled rejection or policy violation, in any behaviour.
			expect(await driver.evaluate(() => (window as unknown as { pageErrors: string[] }).pageErrors, null)).toEqual([]);
		} finally {
			await driver.close();
		}
	}
});

/** Kit's router has started (it takes over scrolling): links and buttons now do what the app says. */
const started = (driver: Driver) => waitFor(driver, () => history.scrollRestoration === 'manual', null, 'the app to start');

/** The English page with parallel text in Korean (and any other parallel settings), once the counterparts are in. */
async function openParallel(driver: Driver, origin: string, settings: object = {}) {
	await driver.goto(`${origin}/en/`);
	await driver.evaluate((saved) => localStorage.setItem('reader.parallel', saved), JSON.stringify({ partner: 'ko', ...settings }));
	await driver.reload();
	await started(driver);
	const total = articles.ko.paragraphs.length;
	await waitFor(driver, (n) => document.querySelectorAll('.counterpart[lang="ko"]').length === n, total, 'the Korean counterparts');
}

for (const lang of languages) {
	test(`${lang}: the page has its language and every paragraph`, async ({ driver, site: { origin } }) => {
		await driver.goto(`${origin}/${lang}/`);
		const page = await driver.evaluate(
			() => ({
				lang: document.documentElement.lang,
				title: document.querySelector('h1')?.textContent,
				paragraphs: [...document.querySelectorAll('[data-paragraph]')].map((p) => p.textContent)
			}),
			null
		);
		expect(page).toEqual({ lang, title: articles[lang].title, paragraphs: articles[lang].paragraphs.map((p) => p.text) });
	});
}

test('the switcher keeps the paragraph in view', async ({ driver, site: { origin } }) => {
	await driver.goto(`${origin}/en/`);
	await started(driver);
	const id = articles.en.paragraphs[5].id;
	await driver.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
	await driver.click('nav a[hreflang="ru"]');
	await waitFor(driver, () => document.documentElement.lang === 'ru', null, 'the Russian page');
	// The first paragraph below the sticky header.
	const inView = await waitFor(
		driver,
		() =>
			[...document.querySelectorAll('[data-paragraph]')].find(
				(p) => p.getBoundingClientRect().bottom > parseFloat(getComputedStyle(p).scrollMarginTop)
			)?.id,
		null,
		'a paragraph in view'
	);
	expect(inView).toBe(id);
});

/** Where each of a paragraph's sentence groups sits on screen, the sticky header's bottom and the line height. */
const groupsOnScreen = (driver: Driver, id: string, texts: string[]) =>
	driver.evaluate(
		([id, texts]) => {
			const element = document.getElementById(id)!;
			const rect = (text: string) => {
				const start = element.textContent!.indexOf(text);
				const range = document.createRange();
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				let offset = 0;
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const length = node.textContent!.length;
					if (start >= offset && start < offset + length) range.setStart(node, start - offset);
					if (start + text.length <= offset + length) {
						range.setEnd(node, start + text.length - offset);
						break;
					}
					offset += length;
				}
				const { top, bottom } = range.getBoundingClientRect();
				return { top, bottom };
			};
			const style = getComputedStyle(element);
			return { groups: texts.map(rect), header: parseFloat(style.scrollMarginTop), line: parseFloat(style.lineHeight) };
		},
		[id, texts] as const
	);

/**
 * Where a reader is, as a reader would say: the first group that starts on the first line below the
 * header or further down, unless the one before still fills more than that line; and its height.
 */
const readerAt = ({ groups, header, line }: Awaited<ReturnType<typeof groupsOnScreen>>) => {
	const group = groups.findIndex(({ top }) => top >= header - line / 2);
	const before = groups[group - 1];
	if (before && before.bottom > header + line * 1.5) return { group: group - 1, top: header };
	return { group, top: groups[group].top };
};

test('the switcher keeps the sentence group in view, not only its paragraph', async ({ driver, site: { origin } }) => {
	await driver.goto(`${origin}/en/`);
	await started(driver);
	// Paragraph 3, whose third group is its third English sentence and its fourth Korean one.
	const { id } = articles.en.paragraphs[2];
	const texts = (lang: 'en' | 'ko') => Object.values(articles[lang].paragraphs[2].groups);
	const at = await groupsOnScreen(driver, id, texts('en'));
	// The third group's first line just below the header.
	await driver.evaluate((by) => window.scrollBy({ top: by, behavior: 'instant' }), at.groups[2].top - at.header - 4);
	const english = readerAt(await groupsOnScreen(driver, id, texts('en')));
	expect(english.group).toBeGreaterThan(0);
	await driver.click('nav a[hreflang="ko"]');
	await waitFor(driver, () => document.documentElement.lang === 'ko', null, 'the Korean page');
	// The place is put back once the new page is in: ask until it is (or the time is up).
	await expect
		.poll(async () => {
			const korean = readerAt(await groupsOnScreen(driver, id, texts('ko')));
			return { group: korean.group, sameHeight: Math.abs(korean.top - english.top) < 2 };
		})
		.toEqual({ group: english.group, sameHeight: true });
});

test('in parallel text, tapping a sentence group marks it and the same group in the other language', async ({
	driver,
	site: { origin }
}) => {
	await openParallel(driver, origin);
	// Paragraph 1, whose second Korean group is two sentences: whichever group the tap lands in, that
	// group is marked in both languages.
	const id = articles.en.paragraphs[0].id;
	await driver.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'center', behavior: 'instant' }), id);
	await driver.click(`#${id}--ko`);
	const marked = await waitFor(
		driver,
		() => {
			const ranges = [...((CSS.highlights.get('reader-aligned') as Iterable<Range> | undefined) ?? [])];
			return ranges.length ? ranges.map((range) => range.toString()) : undefined;
		},
		null,
		'a group marked'
	);
	const groups = (lang: 'en' | 'ko') => Object.values(articles[lang].paragraphs[0].groups);
	const group = groups('ko').indexOf(marked![1]);
	expect(group).toBeGreaterThanOrEqual(0);
	expect(marked).toEqual([groups('en')[group], groups('ko')[group]]);
});

test('in parallel text, the keyboard moves from each sentence group to its counterpart and on', async ({ driver, site: { origin } }) => {
	await openParallel(driver, origin);
	const groups = (lang: 'en' | 'ko') => articles[lang].paragraphs.flatMap((p) => Object.values(p.groups));
	/** The focused group, its language, whether it shows focus, and what is marked. */
	const focused = () =>
		driver.evaluate(() => {
			const active = document.activeElement as HTMLElement;
			return {
				text: active.dataset.group ? active.textContent : `not a group: ${active.tagName}`,
				lang: active.closest('[lang]')?.getAttribute('lang'),
				visible: active.matches(':focus-visible'),
				marked: [...((CSS.highlights.get('reader-aligned') as Iterable<Range> | undefined) ?? [])].map((range) => range.toString())
			};
		}, null);
	const at = (i: number, lang: 'en' | 'ko') => ({ text: groups(lang)[i], lang, visible: true, marked: [groups('en')[i], groups('ko')[i]] });
	// From the top of the page, "." goes to the first group, then to its counterpart; paragraph 1's
	// second group is two Korean sentences, and its counterpart is both.
	await driver.press('.');
	expect(await focused()).toEqual(at(0, 'en'));
	await driver.press('.');
	expect(await focused()).toEqual(at(0, 'ko'));
	await driver.press('.');
	await driver.press('.');
	expect(await focused()).toEqual(at(1, 'ko'));
	// On past the paragraph's end into the next one, and back.
	const first = Object.keys(articles.en.paragraphs[0].groups).length;
	for (let stop = 3; stop < 2 * first; stop++) await driver.press('.');
	expect(await focused()).toEqual(at(first, 'en'));
	await driver.press(',');
	expect(await focused()).toEqual(at(first - 1, 'ko'));
});

test('after one visit the article reads with the server stopped', async ({ driver, site }) => {
	const server = new TestServer();
	await server.start(site.dir);
	try {
		await driver.goto(`${server.origin}/ko/`);
		await waitFor(driver, () => navigator.serviceWorker.controller !== null, null, 'the service worker to take control', 30_000);
		await waitFor(driver, (text) => document.body.textContent!.includes(text), common.ko.offline.ready, 'the ready-offline note');
		await server.stop();
		await driver.reload();
		const paragraphs = await driver.evaluate(() => [...document.querySelectorAll('[data-paragraph]')].map((p) => p.textContent), null);
		expect(paragraphs).toEqual(articles.ko.paragraphs.map((p) => p.text));
	} finally {
		await server.stop();
	}
});

test('a setting applies at once and is there after a reload', async ({ driver, site: { origin } }) => {
	await driver.goto(`${origin}/en/`);
	await started(driver);
	await driver.click('button[aria-haspopup="dialog"]');
	await driver.click('dialog[open] input[name="theme"][value="dark"]');
	await waitFor(driver, () => document.documentElement.dataset.theme === 'dark', null, 'the dark theme');
	await driver.reload();
	expect(await driver.evaluate(() => document.documentElement.dataset.theme, null)).toBe('dark');
	expect(await driver.evaluate(() => getComputedStyle(document.body).backgroundColor, null)).not.toBe('rgb(255, 255, 255)');
});

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
for (const lang of languages) {
	test(`${lang}: axe finds nothing`, async ({ driver, site: { origin } }) => {
		await driver.goto(`${origin}/${lang}/`);
		await started(driver);
		await driver.inject(axeSource);
		const violations = await driver.evaluate(async (tags) => {
			const axe = (
				window as unknown as {
					axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
				}
			).axe;
			const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
			return violations.map((v) => `${v.id} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		}, WCAG_TAGS);
		expect(violations).toEqual([]);
	});
}

for (const lang of languages) {
	test(`${lang}: Play reads the article, or says in the page language why it cannot`, async ({ driver, site: { origin } }) => {
		await driver.goto(`${origin}/${lang}/`);
		await started(driver);
		await driver.click('.player .play');
		const t = common[lang].speech;
		const reasons = [t.noVoice, t.unsupported];
		const outcome = (await waitFor(
			driver,
			(reasons) => {
				const w = window as unknown as { spoken: string[] };
				const highlighted = [...(CSS.highlights?.get('reader-sentence') ?? [])][0]?.toString();
				const alert = document.querySelector('.player .message')?.textContent ?? '';
				if (w.spoken.length > 1 && highlighted) return { spoken: w.spoken.slice(0, 2), highlighted };
				const reason = reasons.find((r) => alert.includes(r));
				const voices = 'speechSynthesis' in window ? speechSynthesis.getVoices().map((v) => v.lang.toLowerCase()) : undefined;
				return reason ? { reason, voices } : undefined;
			},
			reasons,
			'reading or a reason',
			30_000
		))!;
		if ('reason' in outcome) {
			// Said in words, not left on "Looking for voices…", and true: the engine has no voice for the
			// language, or no speech at all.
			if (outcome.reason === t.noVoice) expect(outcome.voices?.filter((v) => v.startsWith(lang)) ?? []).toEqual([]);
			else expect(outcome.voices).toBeUndefined();
			test.info().annotations.push({ type: 'speech', description: `${driver.engine} ${lang}: ${outcome.reason}` });
			return;
		}
		const sentences = sentencesOf(lang).map((s) => s.text);
		// The engine's speak() received the article's text, one sentence after another, and the highlight moved on.
		expect(outcome.spoken).toEqual(sentences.slice(0, 2));
		expect(sentences.slice(1)).toContain(outcome.highlighted);
	});
}

test('listening in two languages sentence by sentence takes turns at each group, or says which voice is missing', async ({
	driver,
	site: { origin }
}) => {
	await openParallel(driver, origin, { listenBoth: true, alternate: 'group' });
	// Paragraph 1's groups, as sentences: the second Korean group is two.
	const first = articles.en.paragraphs[0].id;
	const inGroups = (lang: 'en' | 'ko') =>
		Object.values(articles[lang].paragraphs[0].groups).map((text) =>
			sentencesOf(lang)
				.filter((s) => s.paragraphId === first && text.includes(s.text))
				.map((s) => s.text)
		);
	const [english, korean] = [inGroups('en'), inGroups('ko')];
	// The first three turns: English group 1, Korean group 1, English group 2.
	const turns = [...english[0], ...korean[0], ...english[1]];
	const t = common.en;
	const reasons = [t.speech.noVoice, t.speech.unsupported];
	// Asking to listen in both loads the player: Play works once voices are found, or a reason shows.
	const ready = await waitFor(
		driver,
		(reasons) =>
			reasons.some((r) => document.querySelector('.player .message')?.textContent?.includes(r))
				? 'reason'
				: document.querySelector('.player .play:not([aria-disabled="true"])') && 'ready',
		reasons,
		'the player'
	);
	if (ready === 'ready') await driver.click('.player .play');
	const outcome = (await waitFor(
		driver,
		({ n, reasons }) => {
			const spoken = (window as unknown as { spoken: string[] }).spoken;
			const voices = 'speechSynthesis' in window ? speechSynthesis.getVoices().map((v) => v.lang.toLowerCase()) : [];
			const said = (selector: string) => document.querySelector(selector)?.textContent ?? '';
			const reason = reasons.find((r) => said('.player .message').includes(r));
			if (reason) return { reason, voices };
			// No Korean voice: English alone, and the page says so beside the choice.
			if (said('.parallel-controls .note') && spoken.length >= 2) return { spoken, voices, note: said('.parallel-controls .note') };
			return spoken.length >= n ? { spoken: spoken.slice(0, n), voices } : undefined;
		},
		{ n: turns.length, reasons },
		'three turns, or a reason',
		45_000
	))!;
	const annotate = (description: string) =>
		test.info().annotations.push({ type: 'speech', description: `${driver.engine}: ${description}` });
	if ('reason' in outcome) {
		// No English voice (or no speech) at all: said, and true.
		expect(outcome.voices.filter((v) => v.startsWith('en'))).toEqual([]);
		return annotate(outcome.reason!);
	}
	if ('note' in outcome) {
		expect(outcome.note).toBe(t.reading.listenBothNoVoice.replaceAll('{{language}}', 'Korean'));
		expect(outcome.voices.filter((v) => v.startsWith('ko'))).toEqual([]);
		expect(outcome.spoken.slice(0, 2)).toEqual([...english[0], ...english[1]]);
		return annotate('no Korean voice: English alone, and said');
	}
	expect(outcome.spoken).toEqual(turns);
});

test('switching language while listening goes on from the aligned group, or says why it cannot', async ({ driver, site: { origin } }) => {
	await driver.goto(`${origin}/ko/`);
	await started(driver);
	// Korean paragraph 1 holds groups of one, two and one sentences; English one each.
	const first = articles.ko.paragraphs[0].id;
	const [korean, english] = (['ko', 'en'] as const).map((lang) =>
		sentencesOf(lang)
			.filter((s) => s.paragraphId === first)
			.map((s) => s.text)
	);
	const highlighted = () => driver.evaluate(() => [...(CSS.highlights?.get('reader-sentence') ?? [])][0]?.toString(), null);
	const reasons = [common.ko.speech.noVoice, common.ko.speech.unsupported];
	// A speech daemon started with the worker may still be loading its voices: give it the few
	// seconds the player itself would wait, so that a slow start is not read as "no voice".
	await waitFor(
		driver,
		() => !('speechSynthesis' in window) || speechSynthesis.getVoices().length > 0 || performance.now() > 6000,
		null,
		'the voices, or six seconds'
	);
	await driver.press('k');
	const outcome = (await waitFor(
		driver,
		(reasons) => {
			const message = document.querySelector('.player .message')?.textContent ?? '';
			const reason = reasons.find((r) => message.includes(r));
			if (reason)
				return { reason, voices: 'speechSynthesis' in window ? speechSynthesis.getVoices().map((v) => v.lang.toLowerCase()) : [] };
			return [...(CSS.highlights?.get('reader-sentence') ?? [])].length ? { reading: true } : undefined;
		},
		reasons,
		'reading or a reason',
		30_000
	))!;
	if ('reason' in outcome) {
		expect(outcome.voices!.filter((v) => v.startsWith('ko'))).toEqual([]);
		return void test.info().annotations.push({ type: 'speech', description: `${driver.engine}: ${outcome.reason}` });
	}
	// Paused, back at paragraph 1's start (this voice may have read on), then on to the fourth sentence.
	await driver.press('k');
	for (let i = 0; i < 10 && (await highlighted()) !== korean[0]; i++) await driver.press('[');
	for (const sentence of korean.slice(1)) {
		await driver.press('l');
		await waitFor(driver, (text) => [...(CSS.highlights.get('reader-sentence') ?? [])][0]?.toString() === text, sentence, sentence);
	}
	await driver.click('nav a[hreflang="en"]');
	await waitFor(driver, () => document.documentElement.lang === 'en', null, 'the English page');
	// The third English sentence, the third group: not the fourth (paragraph 2's first).
	await waitFor(driver, (text) => [...(CSS.highlights.get('reader-sentence') ?? [])][0]?.toString() === text, english[2], english[2]);
});
