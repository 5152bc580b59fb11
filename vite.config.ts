import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Rollup } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { pickStrings, readLocaleDir } from './src/lib/i18n/read-locales.ts';
import { formatProblems, validateBundles } from './src/lib/i18n/validate.ts';

/** Fails the build with file and key when the locale bundles disagree. */
function localeBundles(): Plugin {
	return {
		name: 'locale-bundles',
		buildStart() {
			const { bundles, problems } = readLocaleDir('locales');
			const all = [...problems, ...validateBundles(bundles)];
			if (all.length) this.error(`Locale bundles are broken:\n${formatProblems(all)}`);
		}
	};
}

/**
 * `virtual:error-strings`: the strings the error page shows, in every language. Kit loads that page
 * with every other one, and importing the bundles would bring every string of every language along.
 */
const ERROR_PAGE_KEYS = ['app.name', 'language.switcherLabel', 'offline.indicator', 'error'];
function errorStrings(): Plugin {
	const id = 'virtual:error-strings';
	return {
		name: 'error-strings',
		resolveId: (source) => (source === id ? `\0${id}` : undefined),
		load(resolved) {
			if (resolved !== `\0${id}`) return;
			const { bundles } = readLocaleDir('locales');
			const strings = Object.fromEntries(
				Object.entries(bundles).map(([lang, namespaces]) => {
					// Absolute: the development server takes a relative one for an import of the virtual module.
					this.addWatchFile(resolve('locales', lang, 'common.json'));
					return [lang, pickStrings(namespaces.common as Record<string, unknown>, ERROR_PAGE_KEYS)];
				})
			);
			return `export default ${JSON.stringify(strings)};`;
		}
	};
}

/**
 * Kit's client imports Svelte as a namespace, to detect features across Svelte versions, and a
 * namespace object keeps every export of 'svelte' in the bundle (createRawSnippet, the legacy
 * lifecycle functions, createEventDispatcher...). Import only the functions it reads instead.
 * The build fails if Kit reads a different set, rather than silently dropping a feature.
 */
const KIT_CLIENT = /@sveltejs\/kit\/src\/runtime\/client\/client\.js$/;
const KIT_SVELTE_READS = ['fork', 'onMount', 'settled', 'tick', 'untrack'];
function kitSvelteImports(): Plugin {
	const namespace = "import * as svelte from 'svelte';";
	return {
		name: 'kit-svelte-imports',
		apply: 'build',
		transform: {
			filter: { id: KIT_CLIENT },
			handler(code, id) {
				const reads = new Set([...code.matchAll(/(?<![\w./-])svelte\.(\w+)/g)].map((m) => m[1]));
				for (const m of code.matchAll(/const \{([^}]*)\} = svelte;/g)) {
					for (const name of m[1].split(',')) reads.add(name.trim());
				}
				const expected = KIT_SVELTE_READS.join(', ');
				const found = [...reads].sort().join(', ');
				if (!code.includes(namespace) || found !== expected) {
					this.error(`${id}: expected Kit to read svelte's ${expected}, found ${found}. Update kitSvelteImports.`);
				}
				const aliased = KIT_SVELTE_READS.map((name) => `${name} as svelte_${name}`).join(', ');
				const object = KIT_SVELTE_READS.map((name) => `${name}: svelte_${name}`).join(', ');
				// On the same line, so every other line keeps its place and Kit's source map still holds
				// (a build with source maps, for profiling, otherwise loses the client's).
				return { code: code.replace(namespace, `import { ${aliased} } from 'svelte'; const svelte = { ${object} };`), map: null };
			}
		}
	};
}

/**
 * Kit loads the root layout and the root error page with every page, each from its own file: two
 * requests (headers and all) for a few hundred bytes and a kilobyte. Kit's app manifest imports them
 * instead, so they come with the chunk every page shares (see the `lib` group). Their own files are
 * still written, for Kit's server, but no page asks for them. A node with more than a component
 * (a universal load, page options) keeps Kit's import.
 */
const KIT_APP = /\/generated\/client-optimized\/app\.js$/;
const ROOT_NODE = /^export \{ default as component \} from "([^"]+)";$/;
function rootNodesInApp(): Plugin {
	return {
		name: 'root-nodes-in-app',
		apply: 'build',
		transform: {
			filter: { id: KIT_APP },
			handler(code, id) {
				let imports = '';
				for (const node of [0, 1]) {
					const loader = `() => import('./nodes/${node}')`;
					const nodeFile = resolve(dirname(id), 'nodes', `${node}.js`);
					const component = ROOT_NODE.exec(readFileSync(nodeFile, 'utf8').trim())?.[1];
					if (!code.includes(loader) || !component) continue;
					imports += `import root_${node} from ${JSON.stringify(resolve(dirname(nodeFile), component))};`;
					// One object, as a module namespace is: Kit may compare what two loads gave.
					imports += `const node_${node} = { component: root_${node} };`;
					code = code.replace(loader, `() => Promise.resolve(node_${node})`);
				}
				// On the first line, ahead of its comment: every other line keeps its place for the source map.
				return { code: imports + code, map: null };
			}
		}
	};
}

/**
 * Kit's generated root module wraps its root component in Svelte's `asClassComponent`; Kit's client
 * only constructs it and calls `$set`. src/lib/kit-root.svelte.ts does just that, without the legacy
 * runtime. A root module that reads otherwise is left as Kit wrote it.
 */
const KIT_ROOT = /\/generated\/root\.js$/;
const KIT_ROOT_CODE =
	"import { asClassComponent } from 'svelte/legacy';\nimport Root from './root.svelte';\nexport default asClassComponent(Root);";
function kitRootClass(): Plugin {
	return {
		name: 'kit-root-class',
		apply: 'build',
		transform: {
			filter: { id: KIT_ROOT },
			handler(code, _, options) {
				// The server renders with the wrapper's `render`.
				if (options?.ssr || code.trim() !== KIT_ROOT_CODE) return;
				const adapter = JSON.stringify(resolve('src/lib/kit-root.svelte.ts'));
				return {
					code: `import { rootClass } from ${adapter};\nimport Root from './root.svelte';\nexport default rootClass(Root);`,
					map: null
				};
			}
		}
	};
}

/**
 * Marks the scripts a page runs as it starts: Kit's app manifest, the route components and what
 * they import (the root error page's code among them, see rootNodesInApp), but not what loads on
 * first use. Chromium compiles every function of a file that opens with
 * `//# allFunctionsCalledOnLoad` on the thread that streams it in, rather than one by one on the main
 * thread as each is first called, which is much of the work of hydrating. Other engines ignore it.
 */
const STARTUP_ENTRY = /^(entry\/app|nodes\/\d+)$/;
function compileHints(): Plugin {
	const hint = '//# allFunctionsCalledOnLoad\n';
	return {
		name: 'compile-hints',
		apply: 'build',
		generateBundle: {
			// After Vite has written its preload helper at the top: the comment must come first.
			order: 'post',
			handler(_, bundle) {
				const startup = new Set<string>();
				const add = (fileName: string) => {
					const chunk = bundle[fileName];
					if (chunk?.type !== 'chunk' || startup.has(fileName)) return;
					startup.add(fileName);
					chunk.imports.forEach(add);
				};
				for (const chunk of Object.values(bundle)) {
					if (chunk.type === 'chunk' && chunk.isEntry && chunk.fileName.startsWith('_app/immutable/') && STARTUP_ENTRY.test(chunk.name)) {
						add(chunk.fileName);
					}
				}
				for (const fileName of startup) {
					const chunk = bundle[fileName] as Rollup.OutputChunk;
					// Its name's hash was taken before; the comment is the same in every build, so names still
					// change when, and only when, the code does.
					chunk.code = hint + chunk.code;
					// A source map (when the build writes them) is an asset by now: its lines move down one.
					const map = bundle[`${fileName}.map`];
					if (map?.type === 'asset') {
						const json = JSON.parse(map.source.toString());
						map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
					}
				}
			}
		}
	};
}

export default defineConfig({
	plugins: [localeBundles(), errorStrings(), kitSvelteImports(), kitRootClass(), rootNodesInApp(), sveltekit(), compileHints()],
	build: {
		rolldownOptions: {
			output: {
				// The modules pages share, with what they use, in one file: an article's first visit asked
				// for 20 scripts, many of a few hundred bytes, and now for 3 (Vite's preload helper and
				// `$app/state` were two of a few hundred bytes; rolldown's runtime helper cannot be grouped).
				// The root layout and error page come with it (see rootNodesInApp). The strings of every
				// language (chooser, 404 page) stay out of it, so the article never loads them: only the
				// error page's few, which every page loaded before anyway.
				codeSplitting: {
					groups: [
						{
							name: 'lib',
							test: /\/src\/lib\/(?!i18n\/all-common|components\/(LanguageCards|NoticePage))|\/src\/routes\/\+(layout|error)\.svelte|virtual:error-strings|vite\/preload-helper|kit\/src\/runtime\/app\/state/,
							minShareCount: 2
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
