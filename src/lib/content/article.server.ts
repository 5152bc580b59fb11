/** The article as pages and data files send it: the work a browser would repeat on every visit is done at build time. */
import type { Lang } from '$lib/i18n/languages';
import { articleBundle } from '$lib/i18n/bundles.server';
import { sentenceBounds } from '$lib/speech/sentences';
import type { Article } from './article';
import { sortedGlossary } from './glossary';

export function preparedArticle(lang: Lang): Article {
	const bundle = articleBundle(lang);
	return {
		...bundle,
		paragraphs: bundle.paragraphs.map((p) => ({ ...p, sentences: sentenceBounds(p.text, lang) })),
		glossary: sortedGlossary(bundle.glossary, lang)
	};
}
