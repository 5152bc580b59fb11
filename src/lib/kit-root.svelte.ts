import { flushSync, hydrate, mount, type Component } from 'svelte';

type Props = Record<string, unknown>;
interface Options {
	target: Element;
	props: Props;
	hydrate?: boolean;
	transformError?: (error: unknown) => unknown;
}

/**
 * Kit's root component as the class Kit's client expects: made once, then given new props after each
 * navigation (`$set`), and nothing else. Kit wraps it in Svelte's `asClassComponent`, which also
 * serves Svelte 4 code (events, accessors, `$destroy`) and brings the legacy runtime into the script
 * every page loads. vite.config.ts (kitRootClass) puts this in its place; see there for the contract.
 */
export function rootClass(component: Component<Props>) {
	return class Root {
		#props: Props = $state.raw({});

		constructor({ target, props, hydrate: existing, transformError }: Options) {
			this.#props = props;
			// Read through, so every read follows the latest `$set`: as the wrapper's props did, a new
			// page object updates whatever read it.
			const current = () => this.#props;
			const reactive = new Proxy(props, { get: (_, key: string) => current()[key], has: (_, key: string) => key in current() });
			(existing ? hydrate : mount)(component, { target, props: reactive, intro: false, transformError } as Parameters<typeof mount>[1]);
			// As the wrapper does: the page is drawn, and its effects have run, when Kit goes on.
			flushSync();
		}

		$set(props: Props) {
			this.#props = { ...this.#props, ...props };
		}
	};
}
