import { importAgain } from '$lib/offline/import-again';

/**
 * A component whose code is downloaded the first time it is needed, not with the page. `failed` says
 * it could not be (offline before the service worker saved the reader); the next `load` tries again.
 */
export class LazyComponent<C> {
	component: C | undefined = $state.raw();
	failed = $state(false);
	#loading: Promise<C | undefined> | undefined;
	readonly #load: () => Promise<{ default: C }>;

	constructor(load: () => Promise<{ default: C }>) {
		this.#load = importAgain(load, 'default');
	}

	load(): Promise<C | undefined> {
		this.failed = false;
		this.#loading ??= this.#load().then(
			(module) => (this.component = module.default),
			() => {
				this.#loading = undefined;
				this.failed = true;
				return undefined;
			}
		);
		return this.#loading;
	}
}
