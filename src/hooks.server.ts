import type { Handle } from '@sveltejs/kit';
import { isLang, sourceLanguage } from '$lib/i18n/languages';

/** Writes each prerendered page's language into `<html lang>`. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLanguage;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
