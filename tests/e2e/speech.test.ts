import { expect, test, type Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { articles, common, languages, type Lang } from './content';
import { SHORTCUTS } from '../../src/lib/speech/shortcuts';
import { sentencesOf } from './sentences';
import { daemonLog, speechUnavailable } from './speech-daemon';

test.skip(() => !!speechUnavailable(), `speech tests need speech-dispatcher: ${speechUnavailable()}`);

const names = (lang: Lang) => common[lang].speech;

/** Starts recording, in the page, every sentence the highlight passes through. */
async function recordHighlights(page: Page) {
	await page.evaluate(() => {
		const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
		setInterval(() => {
			const range = [...(CSS.highlights.get('reader-sentence') ?? [])][0];
			const text = range?.toString();
			if (text && seen.at(-1) !== text) seen.push(text);
		}, 10);
	});
	return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('reader-sentence') ?? [])][0]?.toString());

async function openReady(page: Page, lang: Lang) {
	await page.goto(`/${lang}/`);
	const player = page.getByRole('region', { name: names(lang).controls });
	// Voices arrive about two seconds after Chromium connects to the daemon.
	await expect(player.getByRole('button', { name: names(lang).play, exact: true })).toBeEnabled({ timeout: 15_000 });
	return player;
}

for (const lang of languages) {
	test.describe(`in ${lang}`, () => {
		const sentences = sentencesOf(lang);

		test('Play moves the highlight through the article and the daemon hears it in the page language', async ({ page }) => {
			const player = await openReady(page, lang);
			const log = daemonLog();
			const seen = await recordHighlights(page);
			await player.getByRole('button', { name: names(lang).play, exact: true }).click();
			await expect.poll(async () => (await seen()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(4);
			await player.getByRole('button', { name: names(lang).pause, exact: true }).click();
			expect((await seen()).slice(0, 4)).toEqual(sentences.slice(0, 4).map((s) => s.text));
			const heard = log.since();
			expect(heard).toContain(`language=${lang}`);
			for (const sentence of sentences.slice(0, 2)) expect(heard).toContain(sentence.text);
			// Never read with another language's voice.
			for (const other of languages.filter((l) => l !== lang)) expect(heard).not.toContain(`language=${other}\n`);
		});

		test('pause holds the sentence, resume reads it again, and skipping moves by sentence and paragraph', async ({ page }) => {
			const player = await openReady(page, lang);
			const seen = await recordHighlights(page);
			await player.getByRole('button', { name: names(lang).play, exact: true }).click();
			await expect.poll(async () => (await seen()).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
			await player.getByRole('button', { name: names(lang).pause, exact: true }).click();
			await expect(player.getByRole('status')).toHaveText(names(lang).status.paused);
			const held = await highlighted(page);
			// Once the engine has nothing queued or speaking, no boundary can move the highlight.
			await page.waitForFunction(() => !speechSynthesis.speaking && !speechSynthesis.pending);
			expect(await highlighted(page)).toBe(held);

			const log = daemonLog();
			await player.getByRole('button', { name: names(lang).play, exact: true }).click();
			await expect.poll(() => log.since()).toContain(held!);
			await player.getByRole('button', { name: names(lang).pause, exact: true }).click();

			const current = await highlighted(page);
			const index = sentences.findIndex((s) => s.text === current);
			await player.getByRole('button', { name: names(lang).nextSentence }).click();
			expect(await highlighted(page)).toBe(sentences[index + 1].text);
			await player.getByRole('button', { name: names(lang).nextParagraph }).click();
			const paragraph = sentences[index + 1].paragraphId;
			const nextParagraph = sentences.find((s, i) => i > index + 1 && s.paragraphId !== paragraph)!;
			expect(await highlighted(page)).toBe(nextParagraph.text);
			await player.getByRole('button', { name: names(lang).stop, exact: true }).click();
			await expect(player.getByRole('status')).toHaveText(names(lang).status.stopped);
			expect(await highlighted(page)).toBeUndefined();
		});

		test('the voice menu shows the voice reading, and a voice chosen there is kept', async ({ page }) => {
			// The voice of every utterance the page hands to the browser.
			await page.addInitScript(() => {
				const spoken: string[] = ((window as unknown as { spoken: string[] }).spoken = []);
				const speak = speechSynthesis.speak.bind(speechSynthesis);
				speechSynthesis.speak = (utterance) => (spoken.push(utterance.voice?.voiceURI ?? ''), speak(utterance));
			});
			const lastVoice = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken.at(-1));
			const player = await openReady(page, lang);
			const options = player.getByRole('button', { name: names(lang).options });
			const play = player.getByRole('button', { name: names(lang).play, exact: true });
			const pause = player.getByRole('button', { name: names(lang).pause, exact: true });
			await options.click();
			const menu = player.getByRole('combobox', { name: names(lang).voice });
			await expect(menu).toBeVisible();
			const voices = await menu.locator('option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
			expect(voices.length).toBeGreaterThan(1);
			// The menu names the voice that reads.
			await play.click();
			await expect.poll(lastVoice).toBeTruthy();
			await expect(menu).toHaveValue((await lastVoice())!);
			await pause.click();
			// Another voice chosen there reads next, and the menu keeps showing it.
			const reading = await menu.inputValue();
			const other = voices.find((id) => id !== reading)!;
			await menu.selectOption(other);
			await play.click();
			await expect.poll(lastVoice).toBe(other);
			await pause.click();
			await options.click();
			await options.click();
			await expect(menu).toHaveValue(other);
			await page.reload();
			await openReady(page, lang);
			await options.click();
			await expect(menu).toHaveValue(other);
		});

		test('axe finds nothing with the options open and while reading, and nothing leaves a phone screen', async ({ page }) => {
			await page.setViewportSize({ width: 375, height: 812 });
			const player = await openReady(page, lang);
			await player.getByRole('button', { name: names(lang).options }).click();
			await expect(player.getByRole('combobox')).toBeVisible();
			const outside = await page.evaluate(() =>
				[...document.querySelectorAll('.player *')]
					.filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > innerWidth + 1)
					.map((el) => el.tagName + ' ' + el.className)
			);
			expect(outside).toEqual([]);
			const progress = player.getByText(/^\d+\/\d+$/);
			expect(await progress.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
			await player.getByRole('button', { name: names(lang).play, exact: true }).click();
			await expect(player.getByRole('status')).toHaveText(names(lang).status.playing);
			await expectNoViolations(page);
		});
	});
}

/** Which of its paragraph's sentence groups a sentence is in, by the bundle's text. */
function groupOf(lang: Lang, paragraphId: string, sentence: string): number {
	const paragraph = articles[lang].paragraphs.find((p) => p.id === paragraphId)!;
	return Object.values(paragraph.groups).findIndex((text) => text.includes(sentence));
}

test('switching language in the middle of paragraph 2 goes on from the aligned sentence group', async ({ page }) => {
	const player = await openReady(page, 'en');
	const second = articles.en.paragraphs[1].id;
	await page.getByRole('button', { name: 'Read aloud from paragraph 2' }).click();
	await player.getByRole('button', { name: 'Pause', exact: true }).click();
	// Reading may have got anywhere in the paragraph before the pause: past its first group, then.
	let held = (await highlighted(page)) ?? '';
	if (groupOf('en', second, held) === 0) {
		await player.getByRole('button', { name: names('en').nextSentence }).click();
		await expect.poll(() => highlighted(page)).not.toBe(held);
		held = (await highlighted(page)) ?? '';
	}
	const group = groupOf('en', second, held);
	expect(group).toBeGreaterThan(0);
	await page.getByRole('navigation').getByRole('link', { name: '한국어' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	const aligned = sentencesOf('ko').find((s) => s.paragraphId === second && groupOf('ko', second, s.text) === group)!;
	await expect.poll(() => highlighted(page)).toBe(aligned.text);
	const log = daemonLog();
	await page
		.getByRole('region', { name: names('ko').controls })
		.getByRole('button', { name: names('ko').play, exact: true })
		.click();
	await expect.poll(() => log.since()).toContain(aligned.text);
	expect(log.since()).toContain('language=ko');
});

test('switching where the groups hold different numbers of sentences lands on the aligned group, not the same sentence', async ({
	page
}) => {
	const player = await openReady(page, 'ko');
	// Korean paragraph 1: groups of one, two and one sentences; English: one each.
	const first = articles.ko.paragraphs[0].id;
	const korean = sentencesOf('ko').filter((s) => s.paragraphId === first);
	const english = sentencesOf('en').filter((s) => s.paragraphId === first);
	expect(korean.map((s) => groupOf('ko', first, s.text))).toEqual([0, 1, 1, 2]);
	await page.getByRole('button', { name: names('ko').readFromHere.replace('{{number}}', '1') }).click();
	await player.getByRole('button', { name: names('ko').pause, exact: true }).click();
	for (let i = 0; i < 10 && (await highlighted(page)) !== korean[0].text; i++) await page.keyboard.press('[');
	// To the fourth Korean sentence, the third group's first.
	for (const sentence of korean.slice(1)) {
		await page.keyboard.press('l');
		await expect.poll(() => highlighted(page)).toBe(sentence.text);
	}
	await page.getByRole('navigation').getByRole('link', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// The third English sentence, the third group: not the fourth (paragraph 2's first).
	await expect.poll(() => highlighted(page)).toBe(english[2].text);
	const log = daemonLog();
	await page.keyboard.press('k');
	await expect.poll(() => log.since()).toContain(english[2].text);
	await page
		.getByRole('region', { name: names('en').controls })
		.getByRole('button', { name: names('en').pause, exact: true })
		.click();
	expect(log.since()).toContain('language=en');
});

for (const [lang, partner] of [
	['en', 'ru'],
	['ru', 'ko'],
	['ko', 'en']
] as const) {
	test(`listening in ${lang} and ${partner} reads a paragraph, then its counterpart in the partner’s own voice`, async ({ page }) => {
		await page.goto(`/${lang}/`);
		await page.evaluate((partner) => localStorage.setItem('reader.parallel', JSON.stringify({ partner, listenBoth: true })), partner);
		const player = await openReady(page, lang);
		await expect(page.locator(`.counterpart[lang="${partner}"]`)).toHaveCount(articles[partner].paragraphs.length);
		await expect(page.getByRole('checkbox', { name: common[lang].reading.listenBoth })).toBeChecked();
		const seen = await recordHighlights(page);
		const log = daemonLog();
		// The committee paragraph is short: one sentence in each language.
		const [own, theirs] = [sentencesOf(lang), sentencesOf(partner)].map((all) => all.filter((s) => s.paragraphId === 'committee'));
		await page.getByRole('button', { name: names(lang).readFromHere.replace('{{number}}', '7') }).click();
		await expect.poll(seen, { timeout: 30_000 }).toEqual(expect.arrayContaining([own[0].text, theirs[0].text]));
		await player.getByRole('button', { name: names(lang).pause, exact: true }).click();
		const order = await seen();
		expect(order.indexOf(theirs[0].text)).toBe(order.indexOf(own[0].text) + own.length);
		// The daemon heard the page's sentence in its language, then the counterpart in the partner's:
		// it logs a message's language right after its text.
		const heard = log.since();
		const languageAfter = (text: string) => /language=(\w+)/.exec(heard.slice(heard.indexOf(text)))?.[1];
		expect(heard.indexOf(own[0].text)).toBeGreaterThan(-1);
		expect(heard.indexOf(theirs[0].text)).toBeGreaterThan(heard.indexOf(own[0].text));
		expect(languageAfter(own[0].text)).toBe(lang);
		expect(languageAfter(theirs[0].text)).toBe(partner);
	});
}

test('listening in two languages sentence by sentence takes turns at each sentence group, and the choice is kept', async ({ page }) => {
	await page.goto('/en/');
	await page.evaluate(() => localStorage.setItem('reader.parallel', JSON.stringify({ partner: 'ko', listenBoth: true })));
	const player = await openReady(page, 'en');
	const turns = page.getByRole('combobox', { name: common.en.reading.alternate });
	await expect(turns).toHaveValue('paragraph');
	await turns.selectOption({ label: common.en.reading.alternateBy.group });
	const seen = await recordHighlights(page);
	const log = daemonLog();
	// Paragraph 1: three groups in each language, the second two sentences in Korean.
	const first = articles.en.paragraphs[0].id;
	const groups = (lang: Lang) => Object.values(articles[lang].paragraphs[0].groups);
	const inGroups = (lang: Lang) =>
		groups(lang).map((text) =>
			sentencesOf(lang)
				.filter((s) => s.paragraphId === first && text.includes(s.text))
				.map((s) => s.text)
		);
	const [english, korean] = [inGroups('en'), inGroups('ko')];
	expect(korean[1]).toHaveLength(2);
	const expected = english.flatMap((group, i) => [...group, ...korean[i]]);
	await page.getByRole('button', { name: names('en').readFromHere.replace('{{number}}', '1') }).click();
	await expect.poll(async () => (await seen()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(expected.length);
	await player.getByRole('button', { name: names('en').pause, exact: true }).click();
	expect((await seen()).slice(0, expected.length)).toEqual(expected);
	// The group being read is marked in both languages, the sentence over it.
	// Reading may have gone on into paragraph 2 before the pause.
	const held = (await highlighted(page)) ?? '';
	const at = [...sentencesOf('en'), ...sentencesOf('ko')].find((s) => s.text === held)!;
	const group = Math.max(groupOf('en', at.paragraphId, held), groupOf('ko', at.paragraphId, held));
	const groupText = (lang: Lang) => Object.values(articles[lang].paragraphs.find((p) => p.id === at.paragraphId)!.groups)[group];
	await expect
		.poll(() => page.evaluate(() => [...(CSS.highlights.get('reader-aligned') ?? [])].map((range) => range.toString())))
		.toEqual([groupText('en'), groupText('ko')]);
	// The daemon heard each group in its own language, turn by turn.
	const heard = log.since();
	const languageAfter = (text: string) => /language=(\w+)/.exec(heard.slice(heard.indexOf(text)))?.[1];
	expect(expected.map(languageAfter)).toEqual(english.flatMap((group, i) => [...group.map(() => 'en'), ...korean[i].map(() => 'ko')]));
	await page.reload();
	await expect(page.getByRole('combobox', { name: common.en.reading.alternate })).toHaveValue('group');
	await expectNoViolations(page);
});

test('in parallel text, . and , move the reading group by group, and focus with it', async ({ page }) => {
	await page.goto('/ko/');
	await page.evaluate(() => localStorage.setItem('reader.parallel', JSON.stringify({ partner: 'en' })));
	const player = await openReady(page, 'ko');
	// Paragraph 1, whose second Korean group is two sentences: "." skips from its first to the third group.
	const first = articles.ko.paragraphs[0];
	const groups = Object.values(first.groups);
	const inGroup = (i: number) =>
		sentencesOf('ko')
			.filter((s) => s.paragraphId === first.id && groups[i].includes(s.text))
			.map((s) => s.text);
	expect(inGroup(1)).toHaveLength(2);
	// Reading, then paused (this voice is quick: it may be further on) and back to paragraph 1's start.
	await page.getByRole('button', { name: names('ko').readFromHere.replace('{{number}}', '1') }).click();
	await expect(player.getByRole('button', { name: names('ko').pause, exact: true })).toBeVisible();
	await player.getByRole('button', { name: names('ko').pause, exact: true }).click();
	for (let i = 0; i < 10 && (await highlighted(page)) !== inGroup(0)[0]; i++) await page.keyboard.press('[');
	expect(await highlighted(page)).toBe(inGroup(0)[0]);
	for (const [key, group] of [
		['.', 1],
		['.', 2],
		[',', 1]
	] as const) {
		await page.keyboard.press(key);
		await expect(page.locator(':focus')).toHaveText(groups[group]);
		await expect.poll(() => highlighted(page)).toBe(inGroup(group)[0]);
	}
	// Resumed, it reads on from there.
	const log = daemonLog();
	await page.keyboard.press('k');
	await expect.poll(() => log.since()).toContain(inGroup(1)[0]);
	await player.getByRole('button', { name: names('ko').pause, exact: true }).click();
	expect(log.since()).not.toContain(inGroup(0)[0]);
});

test('after a reload, Play resumes where reading stopped', async ({ page }) => {
	const player = await openReady(page, 'ko');
	await page.getByRole('button', { name: names('ko').readFromHere.replace('{{number}}', '3') }).click();
	await player.getByRole('button', { name: '일시정지', exact: true }).click();
	const held = await highlighted(page);
	await page.reload();
	const again = await openReady(page, 'ko');
	const log = daemonLog();
	await again.getByRole('button', { name: '재생', exact: true }).click();
	await expect.poll(() => log.since()).toContain(held!);
	await again.getByRole('button', { name: '일시정지', exact: true }).click();
});

test.describe('keyboard', () => {
	test('shortcuts play, skip and pause, never fire while typing, and can be turned off', async ({ page }) => {
		const player = await openReady(page, 'en');
		const progress = player.getByText(/^\d+\/22$/);
		await page.keyboard.press('l');
		await page.keyboard.press('l');
		await expect(progress).toHaveText('3/22');
		await page.keyboard.press('j');
		await expect(progress).toHaveText('2/22');
		await page.keyboard.press(']');
		await expect(progress).toHaveText('4/22');
		await page.keyboard.press('k');
		await expect(player.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
		await page.keyboard.press('k');
		await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

		await player.getByRole('button', { name: 'Read-aloud options' }).click();
		await player.getByRole('combobox').focus();
		const before = await progress.innerText();
		await page.keyboard.press('l');
		await expect(progress).toHaveText(before);

		await player.getByRole('checkbox', { name: 'Single-key shortcuts' }).uncheck();
		await page.locator('h1').click();
		await page.keyboard.press('l');
		await expect(progress).toHaveText(before);
		await page.reload();
		await openReady(page, 'en');
		// Still off after a reload: the page lets the key go by. (A shortcut's handler takes the key,
		// preventDefault, in the same dispatch; this listener, added last, hears it after the page's.)
		await page.evaluate(() =>
			addEventListener('keydown', (event) => ((window as unknown as { heard: string }).heard = `${event.key} ${event.defaultPrevented}`))
		);
		await page.keyboard.press('k');
		await page.waitForFunction(() => (window as unknown as { heard?: string }).heard !== undefined);
		expect(await page.evaluate(() => (window as unknown as { heard: string }).heard)).toBe('k false');
		await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
	});

	test('? opens the shortcuts dialog; Escape closes it and gives focus back', async ({ page }) => {
		const player = await openReady(page, 'ru');
		const options = player.getByRole('button', { name: 'Настройки чтения вслух' });
		await options.click();
		await player.getByRole('button', { name: 'Сочетания клавиш' }).click();
		const dialog = page.getByRole('dialog', { name: 'Сочетания клавиш' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('definition')).toHaveCount(SHORTCUTS.length);
		await expect(dialog.getByRole('definition').filter({ hasText: common.ru.speech.nextGroup })).toHaveCount(1);
		await expectNoViolations(page);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(player.getByRole('button', { name: 'Сочетания клавиш' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(options).toBeFocused();
		await expect(player.getByRole('combobox')).toBeHidden();
		await page.keyboard.press('Shift+Slash');
		await expect(dialog).toBeVisible();
	});
});

test('with highlighting off nothing is marked, and the Media Session follows the player', async ({ page }) => {
	const player = await openReady(page, 'ru');
	await player.getByRole('button', { name: 'Настройки чтения вслух' }).click();
	await player.getByRole('checkbox', { name: common.ru.speech.highlight }).uncheck();
	await player.getByRole('button', { name: 'Читать', exact: true }).click();
	await expect(player.getByRole('status')).toHaveText(common.ru.speech.status.playing);
	expect(await highlighted(page)).toBeUndefined();
	const session = await page.evaluate(() => ({
		title: navigator.mediaSession.metadata?.title,
		artist: navigator.mediaSession.metadata?.artist,
		state: navigator.mediaSession.playbackState
	}));
	expect(session).toEqual({ title: articles.ru.title, artist: 'The Moscow Times', state: 'playing' });
	await player.getByRole('button', { name: 'Пауза', exact: true }).click();
	expect(await page.evaluate(() => navigator.mediaSession.playbackState)).toBe('paused');
});

test.describe('the player loading', () => {
	// No service worker: the page's own requests for the player's code are the ones held here.
	test.use({ serviceWorkers: 'block' });

	test('Play pressed twice while it loads starts reading, and the second press does not undo it', async ({ page }) => {
		await page.goto('/en/');
		// Kit's router has started (it takes over scrolling then): the page is interactive.
		await page.waitForFunction(() => history.scrollRestoration === 'manual');
		const player = page.getByRole('region', { name: names('en').controls });
		const play = player.getByRole('button', { name: names('en').play, exact: true });
		// Both presses land before the player's code arrives, however slow or fast the machine.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**', async (route) => {
			await held;
			await route.continue();
		});
		const seen = await recordHighlights(page);
		await play.click();
		await play.click();
		release();
		await expect(player.getByRole('button', { name: names('en').pause, exact: true })).toBeVisible({ timeout: 15_000 });
		await expect(player.getByRole('status')).toHaveText(names('en').status.playing);
		// Reading goes on past the first sentence: the second press did not stop it.
		await expect
			.poll(async () => (await seen()).slice(0, 2), { timeout: 20_000 })
			.toEqual(
				sentencesOf('en')
					.slice(0, 2)
					.map((s) => s.text)
			);
		await expect(player.getByRole('status')).toHaveText(names('en').status.playing);
		await expect(player.getByRole('button', { name: names('en').pause, exact: true })).toBeVisible();
	});
});
