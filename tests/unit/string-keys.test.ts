/**
 * The keys the code asks for and the keys the bundles hold agree: no string is asked for that the
 * English bundle lacks (the validator holds the other bundles to English), and no bundle string is
 * left that nothing shows. i18next's own tooling does not read `.svelte` files, so this reads them.
 *
 * A key is any quoted string or template literal in src/ whose first segment is one of the bundle's
 * sections (`'speech.play'`, `` `settings.themes.${theme}` ``, `` `${section}.title` ``); a `${…}` part
 * stands for one segment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLocaleDir } from '../../src/lib/i18n/read-locales';

const { bundles } = readLocaleDir('locales');
const english = bundles.en.common as Record<string, unknown>;
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(value: unknown, prefix = ''): string[] {
	return Object.entries(value as object).flatMap(([name, child]) => {
		const key = prefix ? `${prefix}.${name}` : name;
		return child && typeof child === 'object' ? leaves(child, key) : [key.replace(PLURAL, '')];
	});
}

function sources(dir: string): string[] {
	return readdirSync(dir, { recursive: true })
		.map(String)
		.filter((file) => /\.(svelte|ts)$/.test(file))
		.map((file) => readFileSync(join(dir, file), 'utf8'));
}

const keys = [...new Set(leaves(english))];
const sections = Object.keys(english);
const sectionKeys = new Set(
	keys.flatMap((key) =>
		key
			.split('.')
			.slice(0, -1)
			.map((_, i, parts) => parts.slice(0, i + 1).join('.'))
	)
);
const LITERAL = /'([^'\n]*)'|`([^`\n]*)`/g;
const used = new Set<string>();
const patterns: { text: string; match: RegExp }[] = [];
for (const source of [...sources('src'), readFileSync('vite.config.ts', 'utf8')]) {
	for (const m of source.matchAll(LITERAL)) {
		const text = m[1] ?? m[2];
		const first = text.split('.')[0];
		// `${section}.title`: the section is chosen by the caller.
		const chosenSection = /^\$\{[^}]+\}\.\w+$/.test(text) && keys.some((key) => key.endsWith(text.slice(text.indexOf('}') + 1)));
		if (!/^[\w${}.[\]]+$/.test(text) || (!sections.includes(first) && !chosenSection)) continue;
		if (!text.includes('${')) {
			// A section named on its own (in a comment, or picked whole) is not a string shown.
			if (!sectionKeys.has(text)) used.add(text);
			continue;
		}
		const parts = text.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.]/g, '\\.'));
		patterns.push({ text, match: new RegExp(`^${parts.join('[^.]+')}$`) });
	}
}

// A module may import one section of the bundles by name (`import.meta.glob(…, { import: 'offline' })`,
// as the service worker does) and read its strings as members of it (`offline.cleared`).
for (const source of sources('src')) {
	for (const [, section] of source.matchAll(/import\.meta\.glob[^(]*\('\/locales\/[^)]*import: '(\w+)'/g)) {
		for (const [, name] of source.matchAll(new RegExp(`(?<![\\w./])${section}\\.(\\w+)`, 'g'))) used.add(`${section}.${name}`);
	}
}

describe('the keys the code asks for', () => {
	test('are found in the code at all', () => {
		expect(used.size).toBeGreaterThan(80);
		expect(patterns.length).toBeGreaterThan(5);
	});

	test('each exist in the English bundle', () => {
		expect([...used].filter((key) => !keys.includes(key))).toEqual([]);
	});

	test('each built key matches at least one string', () => {
		expect(patterns.filter(({ match }) => !keys.some((key) => match.test(key))).map(({ text }) => text)).toEqual([]);
	});

	test('leave no string of the bundles unused', () => {
		const unused = keys.filter((key) => !used.has(key) && !patterns.some(({ match }) => match.test(key)));
		expect(unused).toEqual([]);
	});
});
