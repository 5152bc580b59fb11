/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { precacheEntries } from '$lib/offline/precache';

declare const self: ServiceWorkerGlobalScope;

const OFFLINE_PAGE = '/offline.html';

precacheAndRoute(precacheEntries({ build, files, prerendered, version }), {
	// "/en/?utm=x" is "/en/"; "/en" and "/en/index.html" are "/en/" too.
	ignoreURLParametersMatching: [/.*/],
	directoryIndex: null,
	cleanURLs: false,
	urlManipulation: ({ url }) => {
		const path = url.pathname.replace(/\/index\.html$/, '/');
		return [new URL(/\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`, url.origin)];
	}
});
cleanupOutdatedCaches();

// A font is fetched the first time a reader picks it, then served from this cache, offline too.
// Font files have hashed names, so one cache serves every version.
const FONT_CACHE = 'reader-fonts';
registerRoute(
	({ request, sameOrigin }) => sameOrigin && request.destination === 'font',
	async ({ request }) => {
		const cache = await caches.open(FONT_CACHE);
		const cached = await cache.match(request);
		if (cached) return cached;
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	}
);

// Anything not precached goes to the network; a page that fails there gets the offline page.
setDefaultHandler(({ request }) => fetch(request));
setCatchHandler(async ({ request }) => {
	if (request.mode === 'navigate') return (await matchPrecache(OFFLINE_PAGE)) ?? Response.error();
	return Response.error();
});

// The first visit's page is controlled at once, so reading on offline works without a reload.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page asks for this only after the reader agreed to reload.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});
