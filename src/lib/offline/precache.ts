/** What the service worker saves for offline reading: every page, asset and data file of the build. */
export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

export function precacheEntries(manifest: { build: string[]; files: string[]; prerendered: string[]; version: string }): PrecacheEntry[] {
	const { build, files, prerendered, version } = manifest;
	return [
		// Hashed file names: the name is the revision. The reading font's woff2 is saved too, so a font
		// picked offline works; its legacy .woff is for browsers that have no service worker to ask.
		...build.filter((url) => !url.endsWith('.woff')).map((url) => ({ url, revision: null })),
		// Static files (svelte.config.js leaves out what is not needed offline) and pages: the build version.
		...files.map((url) => ({ url, revision: version })),
		...prerendered.map((url) => ({ url, revision: version }))
	];
}
