/** The shipped bundles, read as data so tests assert what a reader should see. */
import { readFileSync } from 'node:fs';
import { paragraphText, type Article, type ArticleSource } from '../../src/lib/content/article';
import type enCommon from '../../locales/en/common.json';
import { languages, type Lang } from '../../src/lib/i18n/languages';

export { languages, type Lang };

/** Each article with its paragraphs' text, as the page shows it: the groups, one space apart. */
export const articles = Object.fromEntries(
	languages.map((lang) => {
		const source = JSON.parse(readFileSync(`locales/${lang}/article.json`, 'utf8')) as ArticleSource;
		const paragraphs = source.paragraphs.map(({ id, groups }) => ({ id, groups, text: paragraphText(groups) }));
		return [lang, { ...source, paragraphs }];
	})
) as Record<Lang, Omit<Article, 'paragraphs'> & { paragraphs: { id: string; text: string; groups: Record<string, string> }[] }>;

export const common = Object.fromEntries(
	languages.map((lang) => [lang, JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8'))])
) as Record<Lang, typeof enCommon>;

export const viewports = [
	{ name: 'phone', width: 375, height: 812 },
	{ name: 'desktop', width: 1280, height: 800 }
] as const;
