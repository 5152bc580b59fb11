import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The build's version, from what goes into it. Kit's default, the time of the build, makes every
 * build a new version: a redeploy of the same sources had every reader's service worker fetch every
 * page again and offer "A new version is ready" for nothing. The same sources now build the same files.
 */
function sourcesVersion() {
	const hash = createHash('sha256').update(`READER_ORIGIN=${process.env.READER_ORIGIN ?? ''}`);
	const dirs = ['src', 'locales', 'static'].flatMap((dir) => readdirSync(dir, { recursive: true }).map((file) => join(dir, String(file))));
	for (const file of ['package-lock.json', 'svelte.config.js', 'vite.config.ts', ...dirs].sort()) {
		if (statSync(file).isFile()) hash.update(file).update(readFileSync(file));
	}
	return hash.digest('hex').slice(0, 12);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes mode for every component of the reader, with or without a rune in it: a component left
		// in legacy mode brings Svelte's legacy runtime into the script every page shares.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ fallback: undefined, precompress: true, strict: true }),
		prerender: {
			// Linked from nowhere: static hosts serve 404.html, the service worker offline.html.
			entries: ['*', '/404.html', '/offline.html'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// hreflang alternates must be absolute: set READER_ORIGIN to the deployed origin when building.
			origin: process.env.READER_ORIGIN ?? 'http://localhost:4173'
		},
		// Small enough to inline: the first paint needs no stylesheet request.
		inlineStyleThreshold: 20_000,
		// Absolute asset paths: 404.html is served at any depth.
		paths: { relative: false },
		// Hashes for every inline script of a prerendered page, in a <meta> CSP; hooks.server.ts adds
		// the pre-paint settings script's hash. Static hosts add what a meta tag cannot carry
		// (frame-ancestors): see deploy/nginx.conf.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		version: { name: sourcesVersion() },
		serviceWorker: {
			// Registered by src/lib/offline/service-worker.svelte.ts, in production builds only.
			register: false,
			// What the service worker does not precache: manifest screenshots are large and only for install UIs.
			files: (file) => !/^screenshots\/|\.ico$|\.DS_Store$/.test(file)
		}
	}
};

export default config;
