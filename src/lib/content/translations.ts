/** Other languages' articles, fetched once each from their page data: the service worker serves them offline. */
import type { Lang } from '$lib/i18n/languages';
import type { Article, ArticlePage } from './article';

const articles = new Map<Lang, Promise<Article>>();

/** The page's own article needs no fetch. */
export function keepArticle(lang: Lang, article: Article): void {
	articles.set(lang, Promise.resolve(article));
}

export function loadArticle(lang: Lang): Promise<Article> {
	let article = articles.get(lang);
	if (!article) {
		// The language's page data: one file per language, which a switch to it then finds cached.
		article = fetch(`/${lang}/page.json`).then(async (response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
			return ((await response.json()) as ArticlePage).article;
		});
		// A failure is not remembered: the next attempt may be online.
		article.catch(() => articles.delete(lang));
		articles.set(lang, article);
	}
	return article;
}
