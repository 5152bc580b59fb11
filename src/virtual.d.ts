declare module 'virtual:error-strings' {
	/** Per language, the error page's strings, nested as in `locales/<lang>/common.json`. */
	const strings: Record<string, object>;
	export default strings;
}

declare module 'virtual:settings-panel-strings' {
	/** Per language, the settings panel's own strings, nested as in `locales/<lang>/common.json`. */
	const strings: Record<string, object>;
	export default strings;
}

/** Per language, the service worker's strings for a cleared cache (defined in vite.config.ts). */
declare const __CLEARED_CACHE_STRINGS__: Record<string, { offline: { title: string; cleared: string } }>;
