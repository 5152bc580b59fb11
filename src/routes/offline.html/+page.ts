// Written as build/offline.html and precached by the service worker.
export const trailingSlash = 'ignore';
