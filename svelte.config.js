import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ fallback: undefined, precompress: true, strict: true }),
		prerender: {
			// Linked from nowhere: static hosts serve 404.html, the service worker offline.html.
			entries: ['*', '/404.html', '/offline.html'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Small enough to inline: the first paint needs no stylesheet request.
		inlineStyleThreshold: 20_000,
		// Absolute asset paths: 404.html is served at any depth.
		paths: { relative: false },
		serviceWorker: {
			// Registered by workbox-window in src/lib/offline/, in production builds only.
			register: false,
			// What the service worker does not precache: manifest screenshots are large and only for install UIs.
			files: (file) => !/^screenshots\/|\.ico$|\.DS_Store$/.test(file)
		}
	}
};

export default config;
