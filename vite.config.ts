import { sveltekit } from '@sveltejs/kit/vite';
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
					this.addWatchFile(`locales/${lang}/common.json`);
					return [lang, pickStrings(namespaces.common as Record<string, unknown>, ERROR_PAGE_KEYS)];
				})
			);
			return `export default ${JSON.stringify(strings)};`;
		}
	};
}

export default defineConfig({
	plugins: [localeBundles(), errorStrings(), sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				// The modules pages share, with what they use, in one file: an article's first visit asked
				// for 20 scripts, many of a few hundred bytes, and now for 7 (Vite's preload helper and
				// `$app/state` were two of a few hundred bytes; rolldown's runtime helper cannot be grouped).
				// The strings of every language (chooser, 404 page) stay out of it, so the article never loads them.
				codeSplitting: {
					groups: [
						{
							name: 'lib',
							test: /\/src\/lib\/(?!i18n\/all-common|components\/(LanguageCards|NoticePage))|vite\/preload-helper|kit\/src\/runtime\/app\/state/,
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
