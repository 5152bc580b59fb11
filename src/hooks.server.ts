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
 * head, starts the app after the first paint, and keeps the page's policy true to the scripts it changed.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLanguage;
	// The article page keeps room for the player bar from its first paint (app.css).
	const root = event.route.id === '/[lang=lang]' ? ' data-player' : '';
	// Kit's policy lists the hashes of the scripts as it wrote them: the two this hook adds or rewrites change it.
	const edits: [from: string, to: string][] = [[`script-src 'self'`, `script-src 'self' ${prePaintHash}`]];
	const policy = (text: string) => edits.reduce((result, [from, to]) => result.replace(from, to), text);
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => {
			const started = startAfterPaint(html.replace('%lang%', lang).replace('%reader.root%', root).replace('%reader.prepaint%', prePaint));
			if (started.hashes) edits.push(started.hashes);
			return started.html.replace(
				/(http-equiv="content-security-policy" content=")([^"]*)/,
				(_, attribute: string, text: string) => attribute + policy(text)
			);
		}
	});
	// A prerendered page carries its policy in a <meta>; the development server sends it as a header.
	const header = response.headers.get('content-security-policy');
	if (header) response.headers.set('content-security-policy', policy(header));
	return response;
};
