import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import { pickStrings, readLocaleDir } from '../../src/lib/i18n/read-locales';
import { languages, type Lang } from '../../src/lib/i18n/languages';
import { createTranslator } from '../../src/lib/i18n/translator';

const { bundles } = readLocaleDir('locales');
const COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 1.5];

/** i18next as the page would configure it: the reference the small translator must match. */
function reference(lang: Lang) {
	const instance = i18next.createInstance();
	instance.init({
		lng: lang,
		fallbackLng: false,
		resources: { [lang]: { common: bundles[lang].common as object } },
		defaultNS: 'common',
		initAsync: false,
		interpolation: { escapeValue: false }
	});
	return instance.getFixedT(lang, 'common');
}

/** Every key a component can ask for, with the variables its text uses; plural keys once, by their base. */
function keys(value: unknown, prefix = ''): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const [name, child] of Object.entries(value as object)) {
		const key = prefix ? `${prefix}.${name}` : name;
		if (typeof child === 'string') {
			const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
			const variables = [...child.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]);
			out.set(base, [...new Set([...(out.get(base) ?? []), ...variables])]);
		} else if (child && typeof child === 'object') for (const [k, v] of keys(child, key)) out.set(k, v);
	}
	return out;
}

describe('the translator reads the bundles as i18next does', () => {
	test.each(languages)('every %s key, with and without its variables, and every plural count', (lang) => {
		const ours = createTranslator(lang, bundles[lang].common as object);
		const theirs = reference(lang);
		const all = keys(bundles[lang].common);
		expect(all.size).toBeGreaterThan(50);
		for (const [key, variables] of all) {
			const options = Object.fromEntries(variables.map((v) => [v, `‹${v}›`]));
			expect(ours(key, options), key).toBe(theirs(key, options));
			expect(ours(key), key).toBe(theirs(key));
			if (variables.includes('count'))
				for (const count of COUNTS) expect(ours(key, { ...options, count }), `${key} ${count}`).toBe(theirs(key, { ...options, count }));
		}
		expect(ours('no.such.key')).toBe(theirs('no.such.key'));
	});

	test('a value is written as text, never read as markup', () => {
		const t = createTranslator('en', { greeting: 'Hello {{name}}' });
		expect(t('greeting', { name: '<b>$&</b>' })).toBe('Hello <b>$&</b>');
	});

	test('picked strings read as in the whole bundle, and a key that is not there fails the build', () => {
		for (const lang of languages) {
			const common = bundles[lang].common as Record<string, unknown>;
			const whole = createTranslator(lang, common);
			const picked = createTranslator(lang, pickStrings(common, ['app.name', 'error']));
			for (const key of ['app.name', 'error.title', 'error.back']) expect(picked(key)).toBe(whole(key));
			expect(picked('error.body', { status: 500 })).toBe(whole('error.body', { status: 500 }));
			expect(picked('app.tagline')).toBe('app.tagline');
		}
		expect(() => pickStrings({ app: { name: 'Reader' } }, ['app.title'])).toThrow('No string at "app.title"');
	});
});
