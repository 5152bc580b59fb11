import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { isLang, sourceLanguage } from '$lib/i18n/languages';
import { startAfterPaint } from '$lib/server/start-after-paint';
import { prePaintScript } from '$lib/settings/reading';

const prePaint = prePaintScript();
// Kit hashes its own inline scripts; this one is added to the page's policy here, from the exact text inserted.
const prePaintHash = `'sha256-${createHash('sha256').update(prePaint).digest('base64')}'`;

/**
 * Writes each prerendered page's language (and, on the article, room for the player) into `<html>` and the saved settings script into its
 * head, and starts the app after the first paint.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLanguage;
	// The article page keeps room for the player bar from its first paint (app.css).
	const root = event.route.id === '/[lang=lang]' ? ' data-player' : '';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			startAfterPaint(
				html
					.replace('%lang%', lang)
					.replace('%reader.root%', root)
					.replace('%reader.prepaint%', prePaint)
					.replace(/(http-equiv="content-security-policy" content="[^"]*script-src 'self')/, `$1 ${prePaintHash}`)
			)
	});
};
