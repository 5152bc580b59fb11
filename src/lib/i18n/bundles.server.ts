/** Every locale bundle, bundled at build time; server-only so each page ships just its own language. */
import type { Resources } from './i18n';
import { sourceLanguage, type Lang } from './languages';

const files = import.meta.glob<object>('/locales/*/*.json', { eager: true, import: 'default' });

function bundle(lang: Lang, ns: string): object {
	const found = files[`/locales/${lang}/${ns}.json`];
	if (!found) throw new Error(`locales/${lang}/${ns}.json is missing`);
	return found;
}

export const commonBundle = (lang: Lang) => bundle(lang, 'common');
export const articleBundle = (lang: Lang) => bundle(lang, 'article');

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The strings of `source` whose key (a plural by its base) `target` lacks, nested as in the bundle. */
export function missingStrings(source: object, target: object): object {
	const has = (bundle: object, key: string) =>
		Object.keys(bundle).some((name) => name === key || name.replace(PLURAL, '') === key.replace(PLURAL, ''));
	const missing: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(source)) {
		const there = (target as Record<string, unknown>)[key];
		if (value && typeof value === 'object') {
			const nested = there && typeof there === 'object' ? missingStrings(value, there) : value;
			if (Object.keys(nested).length) missing[key] = nested;
		} else if (!has(target, key)) missing[key] = value;
	}
	return missing;
}

/**
 * A page's i18next resources: its language's strings and, for any key that bundle lacks (the build
 * refuses such bundles, but the development server shows them), the English string rather than the key.
 * `omit`: sections or strings of the bundle only other pages show, left out of what this page sends.
 */
export function pageResources(lang: Lang, omit: readonly string[] = []): Resources {
	/** The bundle without the keys in `omit`, given as "section" or "section.key". */
	const without = (bundle: object, prefix = ''): object =>
		Object.fromEntries(
			Object.entries(bundle)
				.filter(([key]) => !omit.includes(prefix + key))
				.map(([key, value]) => [key, value && typeof value === 'object' && !prefix ? without(value, `${key}.`) : value])
		);
	const common = without(commonBundle(lang));
	if (lang === sourceLanguage) return { [lang]: { common } };
	const fallback = missingStrings(without(commonBundle(sourceLanguage)), common);
	return Object.keys(fallback).length ? { [lang]: { common }, [sourceLanguage]: { common: fallback } } : { [lang]: { common } };
}
