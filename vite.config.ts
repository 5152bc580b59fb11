import { sveltekit } from '@sveltejs/kit/vite';
import { resolve } from 'node:path';
import type { Rollup } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { pickStrings, readLocaleDir } from './src/lib/i18n/read-locales.ts';
import { formatProblems, validateBundles } from './src/lib/i18n/validate.ts';
import { PANEL_STRINGS } from './src/lib/settings/panel-strings.ts';

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

/** Per language, the strings at `keys` in its common bundle, nested as there. */
function pick(keys: string[], watch?: (file: string) => void): Record<string, Record<string, unknown>> {
	const { bundles } = readLocaleDir('locales');
	return Object.fromEntries(
		Object.entries(bundles).map(([lang, namespaces]) => {
			// Absolute: the development server takes a relative one for an import of the virtual module.
			watch?.(resolve('locales', lang, 'common.json'));
			return [lang, pickStrings(namespaces.common as Record<string, unknown>, keys)];
		})
	);
}

/**
 * Strings picked from the bundles at build time, in every language, for code that shows only a few.
 * `virtual:error-strings` holds the error page's: Kit loads the error page with every other one, and
 * importing the bundles would bring every string of every language along. `virtual:settings-panel-strings`
 * holds the settings panel's, which come with its code rather than with the page.
 */
const PICKED_STRINGS: Record<string, string[]> = {
	'virtual:error-strings': ['app.name', 'language.switcherLabel', 'offline.indicator', 'error'],
	'virtual:settings-panel-strings': PANEL_STRINGS
};
function pickedStrings(): Plugin {
	return {
		name: 'picked-strings',
		// The service worker shows two strings when the browser has cleared its saved copy. Kit builds
		// the worker without the app's plugins but with its `define`, so they come as a constant.
		config() {
			try {
				return { define: { __CLEARED_CACHE_STRINGS__: JSON.stringify(pick(['offline.title', 'offline.cleared'])) } };
			} catch {
				return; // Broken bundles: the locale-bundles plugin fails the build saying where.
			}
		},
		resolveId: (source) => (source in PICKED_STRINGS ? `\0${source}` : undefined),
		load(resolved) {
			const keys = PICKED_STRINGS[resolved.slice(1)];
			if (!resolved.startsWith('\0') || !keys) return;
			return `export default ${JSON.stringify(pick(keys, (file) => this.addWatchFile(file)))};`;
		}
	};
}

/**
 * Marks the scripts a page runs as it starts: Kit's app manifest, the route components and what
 * they import, but not what loads on first use. It changes only our own output files, after Kit and
 * rolldown have written them. Chromium compiles every function of a file that opens with
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
	plugins: [localeBundles(), pickedStrings(), sveltekit(), compileHints()],
	build: {
		rolldownOptions: {
			output: {
				// The modules pages share, with what they use, in one file: without it an article's first
				// visit asked for 20 scripts, many of a few hundred bytes (Vite's preload helper and
				// `$app/state` among them). The strings of every language (chooser, 404 page) stay out of it,
				// so the article never loads them: only the error page's few.
				codeSplitting: {
					groups: [
						{
							name: 'lib',
							test: /\/src\/lib\/(?!i18n\/all-common|components\/(LanguageCards|NoticePage))|virtual:error-strings|vite\/preload-helper|kit\/src\/runtime\/app\/state/,
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
