/**
 * The web app manifest, prerendered: its shortcuts, one per language, come from the language list and
 * the bundles, so a new language gets its shortcut without an edit here.
 */
import { commonBundle } from '$lib/i18n/bundles.server';
import { autonyms, languages } from '$lib/i18n/languages';

export const prerender = true;

const manifest = {
	id: '/',
	name: 'Reader — one article in English, Russian and Korean',
	short_name: 'Reader',
	description: 'One news article in English, Russian and Korean: readable offline, and read aloud.',
	lang: 'en',
	dir: 'ltr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	theme_color: '#1d5fb0',
	background_color: '#fbfaf7',
	categories: ['news', 'books', 'education'],
	icons: [
		{
			src: '/pwa-192x192.png',
			sizes: '192x192',
			type: 'image/png',
			purpose: 'any'
		},
		{
			src: '/pwa-512x512.png',
			sizes: '512x512',
			type: 'image/png',
			purpose: 'any'
		},
		{
			src: '/maskable-icon-512x512.png',
			sizes: '512x512',
			type: 'image/png',
			purpose: 'maskable'
		}
	],
	screenshots: [
		{
			src: '/screenshots/narrow.png',
			sizes: '390x844',
			type: 'image/png',
			form_factor: 'narrow',
			label: 'The article in Korean on a phone'
		},
		{
			src: '/screenshots/wide.png',
			sizes: '1280x800',
			type: 'image/png',
			form_factor: 'wide',
			label: 'The article in English on a wide screen'
		}
	]
};

export function GET(): Response {
	const shortcuts = languages.map((lang) => ({
		name: (commonBundle(lang) as { chooser: { read: string } }).chooser.read,
		short_name: autonyms[lang],
		url: `/${lang}/`,
		lang
	}));
	return new Response(JSON.stringify({ ...manifest, shortcuts }), { headers: { 'content-type': 'application/manifest+json' } });
}
