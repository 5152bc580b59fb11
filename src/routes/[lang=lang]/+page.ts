/**
 * The page's data is a prerendered file (page.json) rather than a server load: Kit's client then
 * leaves out its server-data loader and the parser it needs, 1.2 KB of every first visit's script.
 * When the page is prerendered, the file's response is inlined in it, and starting the page reads
 * it from there, not from the network.
 */
import { error } from '@sveltejs/kit';
import type { ArticlePage } from '$lib/content/article';
import { languages } from '$lib/i18n/languages';
import type { EntryGenerator, PageLoad } from './$types';

// Written as build/<lang>/index.html, and linked as /<lang>/.
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => languages.map((lang) => ({ lang }));

export const load: PageLoad = async ({ fetch, params, url }) => {
	// Kit matches the address again as the page starts, and /en/index.html (which a static host serves
	// for /en/) matches no route: its params are empty, and the address still says the language.
	const lang = params.lang ?? url.pathname.split('/')[1];
	const response = await fetch(`/${lang}/page.json`);
	if (!response.ok) error(response.status, response.statusText);
	return (await response.json()) as ArticlePage;
};
