/** The article as pages and data files send it: the work a browser would repeat on every visit is done at build time. */
import { articleBundle, pageResources } from '$lib/i18n/bundles.server';
import { decimalSeparator, formatDate } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import { createTranslate } from '$lib/i18n/i18n';
import { PANEL_STRINGS } from '$lib/settings/panel-strings';
import { sentenceBounds, type Bounds } from './sentence-bounds';
import {
	paragraphText,
	readingMinutes,
	type Article,
	type ArticlePage,
	type ArticleSource,
	type Paragraph,
	type ParagraphSource
} from './article';
import { sortedGlossary } from './glossary';

/** A bundle's paragraph with its text, its sentences (none crossing a group's end) and how many each group holds. */
export function preparedParagraph({ id, groups }: ParagraphSource, lang: Lang): Paragraph {
	const sentences: Bounds[] = [];
	const sizes: number[] = [];
	let at = 0;
	for (const text of Object.values(groups)) {
		const bounds = sentenceBounds(text, lang);
		sentences.push(...bounds.map(([start, end]): Bounds => [at + start, at + end]));
		sizes.push(bounds.length);
		at += text.length + 1;
	}
	return { id, text: paragraphText(groups), sentences, groups: sizes };
}

export function preparedArticle(lang: Lang): Article {
	const bundle = articleBundle(lang) as ArticleSource;
	return {
		...bundle,
		paragraphs: bundle.paragraphs.map((p) => preparedParagraph(p, lang)),
		glossary: sortedGlossary(bundle.glossary, lang)
	};
}

/**
 * What only the chooser, the 404 and offline pages and the error page show (those bring their own
 * strings, in every language), and the settings panel's strings, which come with its code. The page
 * inlines its data, and every byte of it counts: the Russian page had grown past what a new
 * connection delivers in its first round trip.
 */
const OTHER_PAGES = ['chooser', 'notFound', 'error', 'offline.title', 'offline.body', 'offline.read', ...PANEL_STRINGS];

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
