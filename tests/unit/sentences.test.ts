import { describe, expect, test } from 'vitest';
import { readLocaleDir } from '../../src/lib/i18n/read-locales';
import { languages } from '../../src/lib/i18n/languages';
import { sentenceBounds } from '../../src/lib/content/sentence-bounds';
import { splitArticle, splitSentences } from '../../src/lib/speech/sentences';
import type { Article } from '../../src/lib/content/article';

const { bundles } = readLocaleDir('locales');

describe('sentence splitting', () => {
	// Expected output lives in tests/fixtures/sentences/; `npm run test:unit -- -u` rewrites it for review.
	test.each(languages)('the %s article splits into the reviewed sentences', async (lang) => {
		const article = bundles[lang].article as Article;
		const sentences = splitArticle(article.paragraphs, lang).map((s) => `${s.paragraphId}: ${s.text}`);
		await expect(JSON.stringify(sentences, null, '\t') + '\n').toMatchFileSnapshot(`../fixtures/sentences/${lang}.json`);
	});

	test.each(languages)('the %s bounds found at build time give the same sentences as splitting in the browser', (lang) => {
		const article = bundles[lang].article as Article;
		const prepared = article.paragraphs.map((p) => ({ ...p, sentences: sentenceBounds(p.text, lang) }));
		expect(splitArticle(prepared, lang)).toEqual(splitArticle(article.paragraphs, lang));
		// The bounds are what the player uses: shifted ones move the sentences.
		const shifted = prepared.map((p) => ({ ...p, sentences: p.sentences.map(([a, b]): [number, number] => [a + 1, b]) }));
		expect(splitArticle(shifted, lang)[0].text).toBe(splitArticle(article.paragraphs, lang)[0].text.slice(1));
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
