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
 * A module whose whole text is `export { … } from "../chunks/….js"`: its code is in that chunk.
 * Returns the chunk's address and what each export is called there, or nothing for anything else
 * (the development server, or a file with code of its own).
 */
function facade(href: string): { chunk: string; names: Map<string, string> } | undefined {
	let code: string;
	try {
		code = readFileSync(`${CLIENT_OUTPUT}${href}`, 'utf8');
	} catch {
		return undefined;
	}
	const line = FACADE.exec(code.replace(/^\/\/.*$/gm, '').trim());
	if (!line) return undefined;
	const names = new Map(
		line[1].split(',').map((part) => {
			const [name, as = name] = part.trim().split(/\s+as\s+/);
			return [as, name];
		})
	);
	return { chunk: new URL(line[2], `http://localhost${href}`).pathname, names };
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
	// Kit's start module is a facade of the chunk the pages share: the page imports the chunk itself,
	// one request fewer.
	const startHref = /import\("([^"]*\/entry\/start\.[^"]*)"\)/.exec(imports)?.[1];
	const start = startHref ? facade(startHref) : undefined;
	const startName = start?.names.get('start');
	if (startHref && start && startName) {
		imports = imports.replace(
			`import("${startHref}")`,
			`import(${JSON.stringify(start.chunk)}).then((chunk) => ({ start: chunk[${JSON.stringify(startName)}] }))`
		);
	}
	// So are the root layout's and error page's nodes, which Kit's app manifest no longer imports
	// (see rootNodesInApp in vite.config.ts). A facade of a chunk on the list is not asked for: if
	// something does import it, it is fetched then.
	modules = modules.filter((href) => {
		const chunk = facade(href)?.chunk;
		return !chunk || !modules.includes(chunk);
	});
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
