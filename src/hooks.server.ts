import type { Handle } from '@sveltejs/kit';
import { isLang, sourceLanguage } from '$lib/i18n/languages';
import { prePaintScript } from '$lib/settings/reading';

const prePaint = prePaintScript();

/** Writes each prerendered page's language into `<html lang>`, and the saved settings script into its head. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLanguage;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%reader.prepaint%', prePaint)
	});
};
