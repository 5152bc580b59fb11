import { describe, expect, test } from 'vitest';
import { readLocaleDir } from '../../src/lib/i18n/read-locales';
import { languages, type Lang } from '../../src/lib/i18n/languages';
import { markTerms, piecesByGroup, sortedGlossary } from '../../src/lib/content/glossary';
import { preparedArticle } from '../../src/lib/content/article.server';
import { groupSpans, type Article, type ArticleSource } from '../../src/lib/content/article';

/** As the page has it, paragraphs' text joined from their sentence groups (the glossary unsorted, as in the bundle). */
const article = (lang: Lang): Article => ({
	...preparedArticle(lang),
	glossary: (readLocaleDir('locales').bundles[lang].article as Article).glossary
});

describe('glossary terms in the text', () => {
	test.each(languages)('in %s, joining the runs gives back every paragraph unchanged', (lang) => {
		const { paragraphs, glossary } = article(lang);
		const marked = markTerms(paragraphs, glossary);
		for (const p of paragraphs)
			expect(
				marked
					.get(p.id)!
					.map((s) => s.text)
					.join('')
			).toBe(p.text);
	});

	test.each(languages)('in %s, every entry is linked exactly once, at its first occurrence', (lang) => {
		const { paragraphs, glossary } = article(lang);
		const marked = markTerms(paragraphs, glossary);
		const linked = [...marked.values()]
			.flat()
			.filter((s) => s.entry)
			.map((s) => s.entry!.id);
		expect(linked.toSorted()).toEqual(glossary.map((g) => g.id).toSorted());
		for (const entry of glossary) {
			const first = paragraphs.find((p) => p.text.includes(entry.match))!;
			expect(marked.get(first.id)!.some((s) => s.entry === entry)).toBe(true);
		}
	});

	test('a term inside a longer term is linked at its next occurrence', () => {
		const glossary = [
			{ id: 'court', term: 'court', match: 'court', definition: 'A court.' },
			{ id: 'region', term: 'regional court', match: 'regional court', definition: 'The region’s court.' }
		];
		const marked = markTerms(
			[
				{ id: 'a', text: 'The regional court ruled.' },
				{ id: 'b', text: 'Another court agreed.' }
			],
			glossary
		);
		expect(marked.get('a')).toEqual([{ text: 'The ' }, { text: 'regional court', entry: glossary[1] }, { text: ' ruled.' }]);
		expect(marked.get('b')).toEqual([{ text: 'Another ' }, { text: 'court', entry: glossary[0] }, { text: ' agreed.' }]);
	});

	test('the glossary is in each language’s alphabetical order', () => {
		const terms = (lang: Lang) => sortedGlossary(article(lang).glossary, lang).map((g) => g.term);
		expect(terms('en').slice(0, 3)).toEqual(['Amur region', 'Choi Myung-bok', 'Civic Assistance Committee']);
		// Russian puts Cyrillic first and ignores the quotation marks around «Мемориал».
		expect(terms('ru').slice(0, 6)).toEqual([
			'Амурская область',
			'договор об экстрадиции',
			'ЕСПЧ',
			'Комитет «Гражданское содействие»',
			'Ленинградская область',
			'«Мемориал»'
		]);
		expect(terms('ru').at(-1)).toBe('The Moscow Times');
		// Korean puts Hangul first, in 가나다 order, then Latin abbreviations.
		expect(terms('ko').slice(0, 4)).toEqual(['난민 지위', '노동수용소', '레닌그라드주', '메모리알']);
		expect(terms('ko').slice(-3)).toEqual(['최명복', 'ECtHR', 'NGO']);
	});
});

describe('parallel text, group by group', () => {
	const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

	test.each(languages)('in %s, each piece is one group of the bundle, the terms kept whole', (lang) => {
		const { paragraphs, glossary } = article(lang);
		const source = readLocaleDir('locales').bundles[lang].article as ArticleSource;
		const marked = markTerms(paragraphs, glossary);
		for (const [i, p] of paragraphs.entries()) {
			const pieces = piecesByGroup(marked.get(p.id)!, groupSpans(p));
			expect(text(pieces.flatMap((piece) => piece.segments))).toBe(p.text);
			const groups = pieces.filter((piece) => piece.group !== undefined);
			expect(groups.map((piece) => piece.group)).toEqual(Object.keys(source.paragraphs[i].groups).map((_, g) => g));
			expect(groups.map((piece) => text(piece.segments))).toEqual(Object.values(source.paragraphs[i].groups));
			// Between groups, only the space that joins them.
			for (const piece of pieces.filter((piece) => piece.group === undefined)) expect(text(piece.segments)).toBe(' ');
			// A term is never cut: each linked run is still a whole match.
			for (const { text, entry } of pieces.flatMap((piece) => piece.segments)) if (entry) expect(text).toBe(entry.match);
		}
	});

	test('a run crossing the edge of a group is cut there, and a gap before the first group is its own piece', () => {
		const entry = { id: 'x', term: 'AB', match: 'b. C', definition: '' };
		const pieces = piecesByGroup(
			[{ text: ' A' }, { text: 'b. C', entry }, { text: 'd.' }],
			[
				[1, 4],
				[5, 8]
			]
		);
		expect(pieces).toEqual([
			{ group: undefined, segments: [{ text: ' ' }] },
			{ group: 0, segments: [{ text: 'A' }, { text: 'b.', entry }] },
			{ group: undefined, segments: [{ text: ' ', entry }] },
			{ group: 1, segments: [{ text: 'C', entry }, { text: 'd.' }] }
		]);
	});
});
