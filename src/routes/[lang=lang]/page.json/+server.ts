/**
 * Each language's article page as a data file: the page loads it in the browser (inlined in the
 * prerendered page, fetched on a language switch) and parallel text takes the other language's
 * article from it; the service worker serves it offline.
 */
import { json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { articlePage } from '$lib/content/article.server';
import { languages, type Lang } from '$lib/i18n/languages';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => json(articlePage(params.lang as Lang));
