/**
 * Starts the app after the article's first paint. Kit's page asks for every startup module from the
 * <head> (modulepreload) and imports them as the body ends: on a slow link the script shares the
 * wire with the article's own bytes, and the first paint waits. Here the preloads are dropped from
 * the <head> and the same list is requested, then the app started, once the page has been painted
 * (at once in a background tab, which never paints).
 * The boot script keeps its exact job; its CSP hash is replaced by the new text's.
 */
import { createHash } from 'node:crypto';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const BOOT = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function startAfterPaint(html: string): string {
	const boot = BOOT.exec(html);
	if (!boot) return html;
	const script = boot[1];
	const at = script.indexOf('Promise.all([');
	const end = script.lastIndexOf('}');
	if (at === -1 || end < at) return html;

	const modules = [...html.matchAll(PRELOAD)].map((m) => m[1]);
	// Imported side by side, as the preloads fetched them; Kit's own imports then find them loaded.
	const preload = `for (const href of ${JSON.stringify(modules)}) import(href).catch(() => {});`;
	const deferred =
		`${script.slice(0, at)}const start = () => { ${preload}\n${script.slice(at, end)}};\n` +
		`if (document.visibilityState === 'hidden') start(); else requestAnimationFrame(() => setTimeout(start));\n` +
		script.slice(end);

	return html
		.replace(PRELOAD, '')
		.replace(boot[0], () => `<script>${deferred}</script>`)
		.replace(hash(script), hash(deferred));
}
