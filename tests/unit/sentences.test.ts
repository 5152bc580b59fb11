import { describe, expect, test } from 'vitest';
import { readLocaleDir } from '../../src/lib/i18n/read-locales';
import { languages } from '../../src/lib/i18n/languages';
import { preparedParagraph } from '../../src/lib/content/article.server';
import { splitArticle, splitSentences } from '../../src/lib/speech/sentences';
import { groupSpans, type ArticleSource } from '../../src/lib/content/article';

const { bundles } = readLocaleDir('locales');
const prepared = (lang: (typeof languages)[number]) =>
	(bundles[lang].article as ArticleSource).paragraphs.map((p) => preparedParagraph(p, lang));

describe('sentence splitting', () => {
	// Expected output lives in tests/fixtures/sentences/; `npm run test:unit -- -u` rewrites it for review.
	test.each(languages)('the %s article splits into the reviewed sentences', async (lang) => {
		const sentences = splitArticle(prepared(lang), lang).map((s) => `${s.paragraphId}: ${s.text}`);
		await expect(JSON.stringify(sentences, null, '\t') + '\n').toMatchFileSnapshot(`../fixtures/sentences/${lang}.json`);
	});

	test.each(languages)('in %s each group’s sentences make up the group’s text, and none crosses its end', (lang) => {
		const source = (bundles[lang].article as ArticleSource).paragraphs;
		for (const [index, paragraph] of prepared(lang).entries()) {
			const sentences = [...paragraph.sentences!];
			const groups = paragraph.groups!.map((size) => sentences.splice(0, size));
			expect(sentences).toEqual([]);
			expect(groups.map((group) => paragraph.text.slice(group[0][0], group.at(-1)![1]))).toEqual(
				Object.values(source[index].groups).map((text) => text.trim())
			);
		}
	});

	test.each(languages)('the %s player reads the bounds found at build time', (lang) => {
		// Shifted bounds move the sentences: the player does not split again.
		const paragraphs = prepared(lang);
		const shifted = paragraphs.map((p) => ({ ...p, sentences: p.sentences!.map(([a, b]): [number, number] => [a + 1, b]) }));
		expect(splitArticle(shifted, lang)[0].text).toBe(splitArticle(paragraphs, lang)[0].text.slice(1));
	});

	test('a group of two Korean sentences is read as two, and a group ends a sentence', () => {
		const korean = preparedParagraph({ id: 'p', groups: { a: '최 씨는 벗어났다. 그는 처형될 것이다.', b: '그는 신청할 계획이다.' } }, 'ko');
		expect(splitArticle([korean], 'ko').map((s) => s.text)).toEqual(['최 씨는 벗어났다.', '그는 처형될 것이다.', '그는 신청할 계획이다.']);
		expect(korean.groups).toEqual([2, 1]);
		// ICU reads on past "— говорит она. — Мы…": the group's end is a sentence's end.
		const russian = preparedParagraph({ id: 'p', groups: { a: '«Так, — говорит она.', b: '— Мы узнали».' } }, 'ru');
		expect(splitSentences('p', russian.text, 'ru')).toHaveLength(1);
		expect(splitArticle([russian], 'ru').map((s) => s.text)).toEqual(['«Так, — говорит она.', '— Мы узнали».']);
	});

	test('listening in two languages takes turns by sentence group when asked, else by paragraph', () => {
		const english = [{ id: 'p', text: 'One. Two. Three.', sentences: undefined, groups: [1, 2] }];
		const korean = [{ id: 'p', text: '하나. 둘. 셋.', groups: [2, 1] }];
		const order = (by?: 'paragraph' | 'group', partner = korean) =>
			splitArticle(english, 'en', { lang: 'ko', paragraphs: partner, by }).map((s) => `${s.lang ?? 'en'} ${s.text}`);
		expect(order('group')).toEqual(['en One.', 'ko 하나.', 'ko 둘.', 'en Two.', 'en Three.', 'ko 셋.']);
		expect(order('paragraph')).toEqual(['en One.', 'en Two.', 'en Three.', 'ko 하나.', 'ko 둘.', 'ko 셋.']);
		expect(order()).toEqual(order('paragraph'));
		// A data file without groups (or with other groups) is read paragraph by paragraph.
		expect(order('group', [{ id: 'p', text: '하나. 둘. 셋.', groups: [3] }])).toEqual(order('paragraph'));
	});

	test('group spans run from a group’s first sentence to its last, one per group in order', () => {
		const paragraph = preparedParagraph({ id: 'p', groups: { a: 'One. Two.', b: 'Three.' } }, 'en');
		expect(groupSpans(paragraph).map(([start, end]) => paragraph.text.slice(start, end))).toEqual(['One. Two.', 'Three.']);
		// A group with no sentence keeps its place, so the groups after it still line up.
		expect(
			groupSpans({
				sentences: [
					[0, 4],
					[5, 9]
				],
				groups: [1, 0, 1]
			})
		).toEqual([
			[0, 4],
			[4, 4],
			[5, 9]
		]);
	});

	test('abbreviations with a number do not end a sentence', () => {
		expect(splitSentences('p', 'On Jan. 31, Choi was summoned. Instead, he was accused.', 'en').map((s) => s.text)).toEqual([
			'On Jan. 31, Choi was summoned.',
			'Instead, he was accused.'
		]);
	});

	test('offsets point into the paragraph text', () => {
		const text = '31 января Чхве вызвали в полицию.  Вместо этого его обвинили.';
		for (const s of splitSentences('p', text, 'ru')) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

test('a Korean sentence that ends before a number stays apart', () => {
	expect(splitSentences('p', '살고 있다. 1999년 북한 당국은 그를 보냈다.', 'ko')).toHaveLength(2);
});
