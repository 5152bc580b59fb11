/**
 * What a blind reader hears: a tour of each language's page through Orca, in Orca's own locale for
 * that language, read from what Orca sent to its speech-dispatcher (scripts/screen-reader.js).
 * Each transcript is attached to the report.
 */
import { expect, test, type TestInfo } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { formatTranscript, screenReaderUnavailable, startScreenReader } from '../../scripts/screen-reader.js';
import { sortedGlossary } from '../../src/lib/content/glossary';
import { articles, common, languages } from './content';

test.describe.configure({ mode: 'serial' });

type Said = { lang: string; text: string }[];

/** What Orca said, in test-results/screen-reader/ and attached to the report. */
async function keepTranscript(transcript: { key: string; said: Said }[], name: string, testInfo: TestInfo) {
	const text = formatTranscript(transcript);
	mkdirSync('test-results/screen-reader', { recursive: true });
	writeFileSync(`test-results/screen-reader/${name}.txt`, text + '\n');
	await testInfo.attach(`orca-${name}.txt`, { body: text, contentType: 'text/plain' });
}
const texts = (said: Said) => said.map((s) => s.text);
const all = (transcript: { said: Said }[]) => transcript.flatMap((step) => texts(step.said));

for (const lang of languages) {
	test(`${lang}: a tour of the page by headings, glossary, player and settings sounds right`, async ({}, testInfo) => {
		testInfo.skip(!!screenReaderUnavailable(), screenReaderUnavailable());
		test.setTimeout(180_000);
		const t = common[lang];
		const article = articles[lang];
		const reader = await startScreenReader({ url: `http://localhost:4173/${lang}/`, lang });
		try {
			const load = texts(reader.transcript[0].said).join(' ');
			// The page's title, and no separator read out by name ("middle dot").
			expect(load).toContain(`${article.title} — ${t.app.name}`);
			// The page's own words arrive in its language, in Orca's voice for it.
			const titled = reader.transcript[0].said.filter((s) => s.text.includes(article.title));
			expect(titled.map((s) => s.lang.slice(0, 2))).toEqual(titled.map(() => lang));

			// Headings reach the article, its summary, the glossary, the footer and the player.
			const headings: string[] = [];
			for (let i = 0; i < 5; i++) headings.push(texts(await reader.press('h')).join(' '));
			const expected = [article.title, t.reading.summary, t.reading.glossary, t.footer.heading, t.speech.controls];
			expected.forEach((heading, i) => expect(headings[i]).toContain(heading));

			// The glossary: each term once, then its definition; no empty definition ("0 values").
			await reader.press('h');
			await reader.press('h');
			await reader.press('h');
			await reader.press('Down');
			const term = texts(await reader.press('Down')).join(' ');
			const first = sortedGlossary(article.glossary, lang)[0];
			expect(term.split(first.term).length - 1, term).toBe(1);
			expect(term).not.toMatch(/(^|\s)0\s/);
			expect(texts(await reader.press('Down')).join(' ')).toContain(first.definition.split(' ').slice(0, 3).join(' '));

			// Play with no voice (this Chromium has none): the message is heard once, whole, in order.
			await reader.press('h');
			expect(texts(await reader.press('h')).join(' ')).toContain(t.speech.controls);
			expect(texts(await reader.press('b')).join(' ')).toContain(t.speech.play);
			const message = texts(await reader.press('Return'));
			expect(message).toContain(`${t.speech.noVoice} ${t.speech.noVoiceHint}`);

			// The settings dialog says which dialog it is, not "form" or a bare "100%"; closing it does
			// not read the old message again.
			await reader.press('control+Home');
			expect(texts(await reader.press('b')).join(' ')).toContain(t.settings.open);
			// Just after it, the reading progress: words, not a percentage.
			const progress = new RegExp(
				t.reading.progress.replace('{{current}}', '\\d+').replace('{{total}}', String(article.paragraphs.length))
			);
			expect(texts(await reader.press('Down')).join(' ')).toMatch(progress);
			expect(texts(await reader.press('Up')).join(' ')).toContain(t.settings.open);
			const opened = texts(await reader.press('Return'));
			expect(opened.join(' ')).toContain(t.settings.closeLabel);
			expect(opened).not.toContain(t.settings.percent.replace('{{value}}', '100'));
			const closed = texts(await reader.press('Escape'));
			expect(closed.join(' ')).not.toContain(t.speech.noVoice);

			// Nowhere a progress bar's percentage breaking in.
			expect(all(reader.transcript).filter((text) => /\d+\s*(percent|процент|퍼센트)|\d+ ?%/i.test(text))).toEqual([]);
		} finally {
			await reader.stop();
			await keepTranscript(reader.transcript, `${lang}`, testInfo);
		}
	});
}

/** What Orca calls a link, after its text, in each language's locale. */
const LINK = { en: 'link', ru: 'ссылка', ko: '링크' } as const;
/** Letters and digits only: Orca's lines break text anywhere, and say punctuation its own way. */
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

for (const lang of languages) {
	test(`${lang}: parallel text, by lines and group by group, says each sentence once and nothing more`, async ({}, testInfo) => {
		testInfo.skip(!!screenReaderUnavailable(), screenReaderUnavailable());
		test.setTimeout(180_000);
		const t = common[lang];
		// The menu's first language after "Off".
		const partner = languages.find((l) => l !== lang)!;
		const groups = (of: typeof lang) => Object.values(articles[of].paragraphs[0].groups);
		const reader = await startScreenReader({ url: `http://localhost:4173/${lang}/`, lang });
		try {
			// Parallel text turned on as a screen reader user would: to the menu, and one down (passed
			// through to the menu, so Orca stays in browse mode).
			expect(texts(await reader.press('c')).join(' ')).toContain(t.reading.parallel);
			await reader.press('Insert+BackSpace');
			await reader.press('Down');
			// The check box that only parallel text shows.
			expect(texts(await reader.press('Tab')).join(' ')).toContain(t.reading.listenBoth);

			// Group by group: the first group, its counterpart, the second group; each heard whole, once.
			const expected = [groups(lang)[0], groups(partner)[0], groups(lang)[1]];
			for (const group of expected) {
				const heard = letters(texts(await reader.press('period')).join(' '));
				expect(heard.split(letters(group)).length - 1, heard).toBe(1);
				for (const other of expected.filter((g) => g !== group)) expect(heard).not.toContain(letters(other));
			}

			// Line by line through paragraph 1 and its counterpart: every group once, none read whole
			// as an object of its own on top of its lines.
			// To the next paragraph's "read from here", and back to this one's (focus leaves the groups).
			expect(texts(await reader.press('b')).join(' ')).toContain(t.speech.readFromHere.replace('{{number}}', '2'));
			expect(texts(await reader.press('shift+b')).join(' ')).toContain(t.speech.readFromHere.replace('{{number}}', '1'));
			// Up a line and down again: where the button shares its line with the paragraph's first (Orca
			// sees one line), landing on the button and going down would start at the second.
			await reader.press('Up');
			const lines: string[] = [];
			const last = letters(groups(partner).at(-1)!).slice(-12);
			for (let i = 0; i < 40 && !letters(lines.join('')).includes(last); i++) {
				const said = texts(await reader.press('Down'));
				lines.push(...said.map((text) => text.replace(new RegExp(`\\s${LINK[lang]}\\.?$`), '')));
			}
			const stream = letters(lines.join(''));
			for (const group of [...groups(lang), ...groups(partner)]) expect(stream.split(letters(group)).length - 1, group).toBe(1);
		} finally {
			await reader.stop();
			await keepTranscript(reader.transcript, `${lang}-parallel`, testInfo);
		}
	});
}
