/** The shipped bundles, read as data so tests assert what a reader should see. */
import { readFileSync } from 'node:fs';
import type { Article } from '../../src/lib/content/article';
import type enCommon from '../../locales/en/common.json';
import { languages, type Lang } from '../../src/lib/i18n/languages';

export { languages, type Lang };

export const articles = Object.fromEntries(
	languages.map((lang) => [lang, JSON.parse(readFileSync(`locales/${lang}/article.json`, 'utf8')) as Article])
) as Record<Lang, Article>;

export const common = Object.fromEntries(
	languages.map((lang) => [lang, JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8'))])
) as Record<Lang, typeof enCommon>;

export const viewports = [
	{ name: 'phone', width: 375, height: 812 },
	{ name: 'desktop', width: 1280, height: 800 }
] as const;
