import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ fallback: undefined, precompress: true, strict: true }),
		prerender: {
			// /404.html is not linked from anywhere: static hosts serve it for unknown paths.
			entries: ['*', '/404.html'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Small enough to inline: the first paint needs no stylesheet request.
		inlineStyleThreshold: 20_000,
		// Absolute asset paths: 404.html is served at any depth.
		paths: { relative: false },
		serviceWorker: { register: false }
	}
};

export default config;
