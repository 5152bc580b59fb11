/** Reads `<dir>/<lang>/<namespace>.json` for the build and the tests (Node only). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BundleSet, Problem } from './validate.ts';

export function readLocaleDir(dir: string): { bundles: BundleSet; problems: Problem[] } {
	const bundles: BundleSet = {};
	const problems: Problem[] = [];
	for (const lang of readdirSync(dir)) {
		if (!statSync(join(dir, lang)).isDirectory()) continue;
		bundles[lang] = {};
		for (const name of readdirSync(join(dir, lang))) {
			if (!name.endsWith('.json')) continue;
			const file = `${lang}/${name}`;
			try {
				bundles[lang][name.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, lang, name), 'utf8'));
			} catch (error) {
				problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
			}
		}
	}
	return { bundles, problems };
}

/** The given keys of a bundle (`"error"`, a section, or `"app.name"`, one string), nested as in the bundle. */
export function pickStrings(bundle: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
	const picked: Record<string, unknown> = {};
	for (const key of keys) {
		const parts = key.split('.');
		let from: unknown = bundle;
		let to = picked;
		parts.forEach((part, i) => {
			from = from && typeof from === 'object' ? (from as Record<string, unknown>)[part] : undefined;
			if (from === undefined) throw new Error(`No string at "${key}"`);
			if (i === parts.length - 1) to[part] = from;
			else to = (to[part] ??= {}) as Record<string, unknown>;
		});
	}
	return picked;
}
