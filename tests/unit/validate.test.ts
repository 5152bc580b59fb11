import { describe, expect, test } from 'vitest';
import { readLocaleDir } from '../../src/lib/i18n/read-locales';
import { formatProblems, validateBundles, type BundleSet } from '../../src/lib/i18n/validate';

const FIXTURES = 'tests/fixtures/locales';

/** The valid fixture set with one broken case's files laid over it. */
function bundlesFor(brokenCase?: string): ReturnType<typeof readLocaleDir> {
	const base = readLocaleDir(`${FIXTURES}/valid`);
	if (!brokenCase) return base;
	const overlay = readLocaleDir(`${FIXTURES}/broken/${brokenCase}`);
	for (const [lang, namespaces] of Object.entries(overlay.bundles)) Object.assign(base.bundles[lang], namespaces);
	return { bundles: base.bundles, problems: [...base.problems, ...overlay.problems] };
}

function problemsOf(bundles: BundleSet, readProblems: ReturnType<typeof readLocaleDir>['problems'] = []) {
	return [...readProblems, ...validateBundles(bundles)];
}

describe('the locale bundle validator', () => {
	test('accepts the shipped bundles', () => {
		const { bundles, problems } = readLocaleDir('locales');
		expect(formatProblems(problemsOf(bundles, problems))).toBe('');
	});

	test('accepts a valid fixture set', () => {
		const { bundles, problems } = bundlesFor();
		expect(problemsOf(bundles, problems)).toEqual([]);
	});

	test.each([
		['missing-key', 'ru/common.json', 'greeting', /missing key/],
		['extra-key', 'ko/common.json', 'farewell', /extra key/],
		['empty-value', 'ru/article.json', 'title', /is empty/],
		['paragraph-ids', 'ko/article.json', 'paragraphs', /paragraph ids differ from en: expected \[first, second\], found \[second, first\]/],
		[
			'sentence-groups',
			'ru/article.json',
			'paragraphs[second].groups',
			/sentence groups differ from en: expected \[two, three\], found \[three, two\]/
		],
		['interpolation', 'ru/common.json', 'greeting', /interpolation variables differ: expected \{name\}, found \{user\}/],
		['glossary-match', 'ru/article.json', 'glossary[court].match', /"ЕСПЧ" does not occur in the article's paragraphs/],
		['plural-forms', 'ru/common.json', 'items', /missing plural forms few, many \(ru needs one, few, many, other\)/]
	])('reports %s with the file and key', (brokenCase, file, key, message) => {
		const { bundles, problems } = bundlesFor(brokenCase);
		const found = problemsOf(bundles, problems);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ file, key });
		expect(found[0].message).toMatch(message);
	});

	test('reports a paragraph written as one text rather than sentence groups, and a group id used twice', () => {
		const { bundles } = bundlesFor();
		const paragraphs = (bundles.ko.article as { paragraphs: unknown[] }).paragraphs;
		paragraphs[0] = { id: 'first', text: '하나 ECtHR.' };
		const english = (bundles.en.article as { paragraphs: { groups: Record<string, string> }[] }).paragraphs;
		english[1].groups = { one: 'Two.', three: 'Three.' };
		const found = validateBundles(bundles);
		expect(found).toContainEqual(
			expect.objectContaining({
				file: 'ko/article.json',
				key: 'paragraphs[first].groups',
				message: expect.stringMatching(/as sentence groups/)
			})
		);
		expect(found).toContainEqual({
			file: 'en/article.json',
			key: 'paragraphs[second].groups.one',
			message: 'group id used twice in the article'
		});
	});

	test('reports a bundle that is not valid JSON, naming the file', () => {
		const { problems } = bundlesFor('invalid-json');
		expect(problems).toHaveLength(1);
		expect(problems[0].file).toBe('ko/common.json');
		expect(problems[0].message).toMatch(/is not valid JSON/);
	});

	test('reports a missing file and a missing language', () => {
		const { bundles } = bundlesFor();
		delete bundles.ko.article;
		delete bundles.ru;
		const found = validateBundles(bundles);
		expect(found).toContainEqual({ file: 'ko/article.json', message: 'file is missing' });
		expect(found).toContainEqual({ file: 'ru/', message: 'no bundles for this language' });
	});

	test('formats each problem on its own line with file and key', () => {
		expect(formatProblems([{ file: 'ru/common.json', key: 'a.b', message: 'is empty' }])).toBe('  ru/common.json a.b: is empty');
	});
});

test('the Korean interface says "paragraph" one way, 문단, as its reading progress does', () => {
	const common = JSON.stringify(readLocaleDir('locales').bundles.ko.common);
	expect(common).toContain('문단');
	expect(common).not.toContain('단락');
});
