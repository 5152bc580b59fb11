/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { setCatchHandler, setDefaultHandler } from 'workbox-routing';
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

// Anything not precached goes to the network; a page that fails there gets the offline page.
setDefaultHandler(({ request }) => fetch(request));
setCatchHandler(async ({ request }) => {
	if (request.mode !== 'navigate') return Response.error();
	return (await matchPrecache(OFFLINE_PAGE)) ?? clearedCachePage();
});

// The browser may clear the caches, offline page included: then a page in all three languages says so,
// with the two strings picked from the bundles at build time (vite.config.ts), not the bundles whole.
const strings = __CLEARED_CACHE_STRINGS__;
function clearedCachePage(): Response {
	const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const blocks = Object.entries(strings).map(([lang, { offline }]) => {
		return `<section lang="${lang}"><h2>${escape(offline.title)}</h2><p>${escape(offline.cleared)}</p></section>`;
	});
	const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><main><h1><span lang="en">Offline</span> <span aria-hidden="true">·</span> <span lang="ru">Офлайн</span> <span aria-hidden="true">·</span> <span lang="ko">오프라인</span></h1>${blocks.join('')}</main></html>`;
	return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

// The first visit's page is controlled at once, so reading on offline works without a reload.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// The page asks for this only after the reader agreed to reload.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});
