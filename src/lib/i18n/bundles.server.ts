/** Every locale bundle, bundled at build time; server-only so each page ships just its own language. */
import type { Article } from '$lib/content/article';
import type { Lang } from './languages';

const files = import.meta.glob<object>('/locales/*/*.json', { eager: true, import: 'default' });

function bundle(lang: Lang, ns: string): object {
	const found = files[`/locales/${lang}/${ns}.json`];
	if (!found) throw new Error(`locales/${lang}/${ns}.json is missing`);
	return found;
}

export const commonBundle = (lang: Lang) => bundle(lang, 'common');
export const articleBundle = (lang: Lang) => bundle(lang, 'article') as Article;
