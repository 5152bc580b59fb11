import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { precacheEntries } from '../../src/lib/offline/precache';
import { common, languages } from './content';

// Reads the built service worker: no browser needed, but it runs after the build like the other e2e tests.
const worker = readFileSync('build/service-worker.js', 'utf8');
// Kit's manifest as the worker holds it, through the worker's own choice of what to save.
const manifest = [...worker.matchAll(/\+`(\/[^`]*)`/g)].map((m) => m[1]);
const precached = precacheEntries({ build: manifest, files: [], prerendered: [], version: '' }).map((entry) => entry.url);

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

const pageOf = (file: string) => '/' + file.replace(/^build\//, '').replace(/index\.html$/, '');

test('the precache list holds every prerendered page and data file', () => {
	const pages = walk('build')
		.filter((f) => /\.html$|page\.json$/.test(f))
		.map(pageOf);
	expect(pages).toEqual(expect.arrayContaining(['/', '/en/', '/ru/', '/ko/', '/404.html', '/offline.html', '/en/page.json']));
	expect(precached).toEqual(expect.arrayContaining(pages));
});

test('every precached file exists in the static build, and nothing comes from the server build', () => {
	for (const url of precached) {
		const file = join('build', url.endsWith('/') ? `${url}index.html` : url);
		expect(existsSync(file), url).toBe(true);
	}
	expect(precached.filter((url) => /server|entries\/|\.svelte-kit/.test(url))).toEqual([]);
	expect(precached.filter((url) => url.includes('/screenshots/'))).toEqual([]);
});

test('the reading font is saved as woff2, which every browser with a service worker reads, and never as .woff', () => {
	const fonts = walk('build')
		.filter((f) => /\.woff2?$/.test(f))
		.map(pageOf);
	const woff2 = fonts.filter((url) => url.endsWith('.woff2'));
	expect(woff2.length).toBeGreaterThan(0);
	expect(precached).toEqual(expect.arrayContaining(woff2));
	expect(precached.filter((url) => url.endsWith('.woff'))).toEqual([]);
});

test('everything precached weighs at most 300 KB compressed', () => {
	const bytes = precached.reduce((sum, url) => {
		const file = join('build', url.endsWith('/') ? `${url}index.html` : url);
		return sum + brotliCompressSync(readFileSync(file)).length;
	}, 0);
	expect(bytes).toBeLessThanOrEqual(300 * 1024);
});

test('the worker carries only the strings it shows: the cleared-cache title and message, in each language', () => {
	for (const lang of languages) {
		const { offline } = common[lang];
		expect(worker).toContain(offline.title);
		expect(worker).toContain(offline.cleared);
		// The rest of the offline section, and the rest of the bundle, stay in the app.
		for (const other of [offline.ready, offline.persistDenied, offline.storageFailed, offline.updateReady])
			expect(worker).not.toContain(other);
	}
});
