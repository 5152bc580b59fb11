/** Each language's article as a data file, so a page can show another language beside its own, offline too. */
import { json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { preparedArticle } from '$lib/content/article.server';
import { languages, type Lang } from '$lib/i18n/languages';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => json(preparedArticle(params.lang as Lang));
