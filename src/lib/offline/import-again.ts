/**
 * A dynamic import that can be tried again after it failed (offline before the service worker saved
 * the reader). Chromium remembers a failed dynamic import for the page's life: importing the same URL
 * again fails at once, without asking the network. So a retry asks for the module the error names,
 * under a URL of its own (the service worker matches it to its saved copy whatever the query). The
 * error may name a module the one asked for depends on: only a module that has `key` is taken. Where
 * the error names no URL, the import is simply tried again.
 */
export function importAgain<M extends object>(load: () => Promise<M>, key: keyof M & string): () => Promise<M> {
	let failed: string | undefined;
	let attempt = 0;
	return async () => {
		if (failed === undefined) {
			try {
				return await load();
			} catch (error) {
				failed = failedModule(error) ?? '';
				throw error;
			}
		}
		if (!failed) return load();
		const module = (await import(/* @vite-ignore */ `${failed}?retry=${++attempt}`)) as M;
		if (!(key in module)) throw new Error(`${failed} is not the module that was asked for`);
		return module;
	};
}

/** The URL in "Failed to fetch dynamically imported module: <url>" (Chromium) or Firefox's like message. */
export function failedModule(error: unknown): string | undefined {
	return /https?:\/\/[^\s'"]+?\.js\b/.exec(error instanceof Error ? error.message : String(error))?.[0];
}
