/** The article as pages and data files send it: the work a browser would repeat on every visit is done at build time. */
import { articleBundle, pageResources } from '$lib/i18n/bundles.server';
import { decimalSeparator, formatDate } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { createTranslate } from '$lib/i18n/i18n';
import { sentenceBounds } from './sentence-bounds';
import { readingMinutes, type Article, type ArticlePage } from './article';
import { sortedGlossary } from './glossary';

export function preparedArticle(lang: Lang): Article {
	const bundle = articleBundle(lang) as Article;
	return {
		...bundle,
		paragraphs: bundle.paragraphs.map((p) => ({ ...p, sentences: sentenceBounds(p.text, lang) })),
		glossary: sortedGlossary(bundle.glossary, lang)
	};
}

/**
 * The bundle's sections that only the chooser, the 404 page and the error page show (the error page
 * brings its own strings, in every language). The page inlines its data, and every byte of it
 * counts: the Russian page had grown past what a new connection delivers in its first round trip.
 */
const OTHER_PAGES = ['chooser', 'notFound', 'error'];

/** The article page's data, as its data file sends it. */
export function articlePage(lang: Lang): ArticlePage {
	const article = preparedArticle(lang);
	const resources = pageResources(lang, OTHER_PAGES);
	return {
		lang,
		resources,
		article,
		// Formatted here: a browser's first date, number or plural formatter costs milliseconds while the page starts.
		date: formatDate(article.published, lang),
		decimal: decimalSeparator(lang),
		readingTime: createTranslate(lang, resources)('article.readingTime', { count: readingMinutes(article, lang) })
	};
}
