/**
 * The folders of src/lib depend on each other one way only: a folder that imports another is never
 * imported back by it, directly or round a longer loop. Type-only imports count: they tie the
 * folders' meanings together just the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { expect, test } from 'vitest';

const LIB = 'src/lib';

/** Folder → the other folders of src/lib it imports from. */
function folderGraph(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const file of readdirSync(LIB, { recursive: true }).map(String)) {
		if (!/\.(ts|svelte)$/.test(file)) continue;
		const from = file.split('/')[0];
		if (from === file) continue; // a file directly in src/lib
		const source = readFileSync(join(LIB, file), 'utf8');
		for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
			let target: string | undefined;
			if (spec.startsWith('$lib/')) target = spec.slice(5);
			else if (spec.startsWith('.')) target = relative(LIB, normalize(join(LIB, dirname(file), spec)));
			const to = target?.split('/')[0];
			if (!to || to === from || to.startsWith('..') || !target?.includes('/')) continue;
			if (!graph.has(from)) graph.set(from, new Set());
			graph.get(from)!.add(to);
		}
	}
	return graph;
}

/** Every loop of folders, each written once, as "a → b → a". */
function cycles(graph: Map<string, Set<string>>): string[] {
	const found = new Set<string>();
	const walk = (path: string[]) => {
		for (const next of graph.get(path.at(-1)!) ?? []) {
			if (next === path[0]) {
				const start = path.indexOf([...path].sort()[0]);
				found.add([...path.slice(start), ...path.slice(0, start), path[start]].join(' → '));
			} else if (!path.includes(next)) walk([...path, next]);
		}
	};
	for (const folder of graph.keys()) walk([folder]);
	return [...found].sort();
}

test('the import graph is read at all', () => {
	const graph = folderGraph();
	expect(graph.get('components')?.has('speech')).toBe(true);
	expect(
		cycles(
			new Map([
				['a', new Set(['b'])],
				['b', new Set(['c'])],
				['c', new Set(['a'])]
			])
		)
	).toEqual(['a → b → c → a']);
});

test('no two folders of src/lib import each other, directly or in a loop', () => {
	expect(cycles(folderGraph())).toEqual([]);
});
