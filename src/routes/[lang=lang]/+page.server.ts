import type { EntryGenerator, PageServerLoad } from './$types';
import { readingMinutes } from '$lib/content/article';
import { preparedArticle } from '$lib/content/article.server';
import { commonBundle } from '$lib/i18n/bundles.server';
import { decimalSeparator, formatDate } from '$lib/i18n/format';
import { languages, type Lang } from '$lib/i18n/languages';
import { createTranslator } from '$lib/i18n/translator';

// Written as build/<lang>/index.html, and linked as /<lang>/.
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const article = preparedArticle(lang);
	const common = commonBundle(lang);
	// Formatted here: a browser's first date, number or plural formatter costs milliseconds while the page starts.
	const date = formatDate(article.published, lang);
	const decimal = decimalSeparator(lang);
	const readingTime = createTranslator(lang, common)('article.readingTime', { count: readingMinutes(article, lang) });
	return { lang, common, article, date, decimal, readingTime };
};
