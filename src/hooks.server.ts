import type { Handle } from '@sveltejs/kit';
import { createHash } from 'node:crypto';
import { isLang, sourceLanguage } from '$lib/i18n/languages';
import { frontDoorScript } from '$lib/navigation/saved-language';
import { StartAfterPaint } from '$lib/server/start-after-paint';
import { prePaintScript } from '$lib/settings/reading';
import icon from '../static/favicon.svg?raw';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const prePaint = prePaintScript();
const frontDoor = frontDoorScript();
// In the page: Chromium asks for a linked icon once a page is parsed, and that request raced the
// article's first paint (a simulated round trip in some of Lighthouse's runs), from the chooser too,
// whose visitors are on their way to an article.
const inlineIcon = `data:image/svg+xml,${encodeURIComponent(icon.trim())}`;

/**
 * Writes each prerendered page's language (and, on the article, room for the player) into `<html>`,
 * its icon and the saved settings script into its head (and, on the chooser, the script that sends a
 * visitor on to their language), starts the app after the first paint, and keeps the page's policy
 * true to the scripts it added or changed.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const lang = isLang(event.params.lang) ? event.params.lang : sourceLanguage;
	// The article page keeps room for the player bar from its first paint (app.css).
	const root = event.route.id === '/[lang=lang]' ? ' data-player' : '';
	const scripts = event.route.id === '/' ? [frontDoor, prePaint] : [prePaint];
	// Kit's policy lists the hashes of the scripts as it wrote them: the ones this hook adds or rewrites change it.
	const edits: [from: string, to: string][] = [[`script-src 'self'`, `script-src 'self' ${scripts.map(hash).join(' ')}`]];
	const policy = (text: string) => edits.reduce((result, [from, to]) => result.replace(from, to), text);
	const boot = new StartAfterPaint();
	const response = await resolve(event, {
		preload: boot.preload,
		transformPageChunk: ({ html }) => {
			const page = html
				.replace('%lang%', lang)
				.replace('%reader.root%', root)
				.replace('%reader.icon%', inlineIcon)
				.replace('<script>%reader.prepaint%</script>', () => scripts.map((script) => `<script>${script}</script>`).join(''));
			const started = boot.transform(page);
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
