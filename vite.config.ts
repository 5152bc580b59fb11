import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { readLocaleDir } from './src/lib/i18n/read-locales.ts';
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

export default defineConfig({
	plugins: [localeBundles(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
