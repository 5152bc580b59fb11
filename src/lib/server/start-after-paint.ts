/**
 * Starts the app after the article's first paint. Kit's page asks for every startup module from the
 * <head> (modulepreload) and imports them as the body ends: on a slow link the script shares the
 * wire with the article's own bytes, and the first paint waits. Here the preloads are dropped from
 * the <head> and the same list is requested, then the app started, once the page has been painted
 * (at once in a background tab, which never paints).
 * The boot script keeps its exact job; the caller replaces its hash in the page's policy with the
 * new text's (returned as `hashes`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\s*/g;
const BOOT = /<script>(\s*\{\s*__sveltekit_\w+ = [\s\S]*?)<\/script>/;

/** Where the client's files are while Kit writes the prerendered pages. */
const CLIENT_OUTPUT = '.svelte-kit/output/client';
const FACADE = /^export\s*\{([^}]*)\}\s*from\s*"([^"]+)";?$/;

/**
 * Kit's start module is a facade: its code is in the chunk the pages share, and the file only says
 * `export { z as start } from "../chunks/….js"`. Importing that chunk directly (it is on the startup
 * list anyway) saves the page a request and its headers. Anything but such a line is left alone.
 */
function startFromChunk(href: string): string | undefined {
	let code: string;
	try {
		code = readFileSync(`${CLIENT_OUTPUT}${href}`, 'utf8');
	} catch {
		return undefined; // the development server, or another layout: Kit's own import stays
	}
	const facade = FACADE.exec(code.replace(/^\/\/.*$/gm, '').trim());
	const exports = facade?.[1].split(',').map((part) => part.trim().split(/\s+as\s+/));
	const name = exports?.find(([, as]) => as === 'start')?.[0];
	if (!facade || !name) return undefined;
	const chunk = new URL(facade[2], `http://localhost${href}`).pathname;
	return `import(${JSON.stringify(chunk)}).then((chunk) => ({ start: chunk[${JSON.stringify(name)}] }))`;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function startAfterPaint(html: string): { html: string; hashes?: [kit: string, ours: string] } {
	const boot = BOOT.exec(html);
	if (!boot) return { html };
	const script = boot[1];
	const at = script.indexOf('Promise.all([');
	const end = script.lastIndexOf('}');
	if (at === -1 || end < at) return { html };

	let modules = [...html.matchAll(PRELOAD)].map((m) => m[1]);
	let imports = script.slice(at, end);
	const startHref = /import\("([^"]*\/entry\/start\.[^"]*)"\)/.exec(imports)?.[1];
	const direct = startHref && startFromChunk(startHref);
	if (startHref && direct) {
		imports = imports.replace(`import("${startHref}")`, direct);
		modules = modules.filter((href) => href !== startHref);
	}
	// Imported side by side, as the preloads fetched them; Kit's own imports then find them loaded.
	const preload = `for (const href of ${JSON.stringify(modules)}) import(href).catch(() => {});`;
	const deferred =
		`${script.slice(0, at)}const start = () => { ${preload}\n${imports}};\n` +
		`if (document.visibilityState === 'hidden') start(); else requestAnimationFrame(() => setTimeout(start));\n` +
		script.slice(end);

	return {
		html: html.replace(PRELOAD, '').replace(boot[0], () => `<script>${deferred}</script>`),
		hashes: [hash(script), hash(deferred)]
	};
}
