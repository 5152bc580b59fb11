/**
 * Starts the app after the article's first paint. Kit's page asks for every startup module from the
 * <head> (modulepreload) and imports them as the body ends: on a slow link the script shares the
 * wire with the article's own bytes, and the first paint waits (LCP about 1.9× the bare page's).
 *
 * Two steps, both through Kit's public surface:
 * 1. `resolve(event, { preload })` keeps the modulepreload links out of the <head>; `StartAfterPaint.preload`
 *    is that option, and it collects the list Kit would have preloaded.
 * 2. `StartAfterPaint.transform`, a `transformPageChunk` step, wraps the imports of Kit's inline boot
 *    script in a function run once the first contentful paint has reached the screen: its paint
 *    timing entry is queued after that (a frame's callbacks run before it is shown, and a loaded
 *    machine shows it after the next task began). A second after a frame at the latest; after a
 *    frame where paint timing is missing; at once in a background tab, which never paints. The
 *    function first imports the collected list side by side, as the preloads would have fetched it,
 *    so Kit's own imports find those modules loaded.
 *
 * The boot script is Kit's, so this reads its text: `{ __sveltekit_x = {…}; const element = …;
 * Promise.all([import(start), import(app)]).then(…); }`. Should a Kit upgrade write it otherwise, the
 * page is left as Kit wrote it (it still works, only without the deferral) and the test "every page
 * starts the app after its first paint" in tests/e2e/first-paint.test.ts fails, naming this file.
 */
import { createHash } from 'node:crypto';

const BOOT = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/;
const IMPORTS = 'Promise.all([';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export class StartAfterPaint {
	/** The scripts Kit would have preloaded, in its order. */
	readonly modules: string[] = [];

	/** Kit's `preload` resolve option: scripts are collected instead of preloaded; the rest as Kit does. */
	preload = ({ type, path }: { type: string; path: string }): boolean => {
		if (type !== 'js') return type === 'css';
		this.modules.push(path);
		return false;
	};

	/**
	 * The page with Kit's boot deferred. `hashes` is Kit's hash of its boot script and the new text's,
	 * for the caller to swap in the page's policy; none when the page has no boot script it knows.
	 */
	transform(html: string): { html: string; hashes?: [kit: string, ours: string] } {
		const boot = BOOT.exec(html);
		if (!boot) return { html };
		const script = boot[1];
		const at = script.indexOf(IMPORTS);
		const end = script.lastIndexOf('}');
		if (at === -1 || end < at) return { html };
		const preload = `for (const href of ${JSON.stringify(this.modules)}) import(href).catch(() => {});`;
		const deferred =
			`${script.slice(0, at)}const start = () => { ${preload}\n${script.slice(at, end)}};\n` +
			`let started = false;\nconst go = () => { if (!started) { started = true; start(); } };\n` +
			`if (document.visibilityState === 'hidden') go();\n` +
			`else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {\n` +
			`new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length) setTimeout(go); }).observe({ type: 'paint', buffered: true });\n` +
			`requestAnimationFrame(() => setTimeout(go, 1000));\n` +
			`} else requestAnimationFrame(() => setTimeout(go));\n` +
			script.slice(end);
		return { html: html.replace(boot[0], () => `<script>${deferred}</script>`), hashes: [hash(script), hash(deferred)] };
	}
}
