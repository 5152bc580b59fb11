import type { EntryGenerator, PageServerLoad } from './$types';
import { readingMinutes } from '$lib/content/article';
import { preparedArticle } from '$lib/content/article.server';
import { commonBundle } from '$lib/i18n/bundles.server';
import { formatDate } from '$lib/i18n/format';
import { languages, type Lang } from '$lib/i18n/languages';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const article = preparedArticle(lang);
	// Formatted here: the browser's first date formatter costs milliseconds while the page starts.
	const date = formatDate(article.published, lang);
	return { lang, common: commonBundle(lang), article, date, minutes: readingMinutes(article, lang) };
};
