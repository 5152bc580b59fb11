/**
 * The service worker as the page sees it: registered in production builds once the page has loaded,
 * saying once when the reader is ready offline, and offering updates without ever reloading on its own.
 * With the platform's own API: workbox-window did the same for 2 KB more script on every first visit.
 */
import { rememberPositionForReload } from '$lib/content/position';

export type WorkerStatus = 'unsupported' | 'installing' | 'ready' | 'failed';
/** Why the reader could not be saved, in words the bundles have (`offline.failureReasons`). */
export type WorkerFailure = 'blocked' | 'stopped' | 'offline' | 'other';
export type UpdateStatus = 'none' | 'waiting' | 'reloading';

const UPDATE_INTERVAL_MS = 60 * 60 * 1000;
/** The "ready offline" note goes away by itself; the storage section keeps saying it. */
const READY_NOTE_MS = 10_000;

class ServiceWorkerState {
	status: WorkerStatus = $state('installing');
	update: UpdateStatus = $state('none');
	online = $state(true);
	/** True from the first install until the reader dismisses the message. */
	justReady = $state(false);
	failure: WorkerFailure = $state('other');
	#registration?: ServiceWorkerRegistration;

	async start(url = '/service-worker.js'): Promise<void> {
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
		if (!('serviceWorker' in navigator)) {
			this.status = 'unsupported';
			return;
		}
		// The page's start is its longest task, and the worker's part of it (the container alone costs a
		// millisecond or two, registering a few more) can wait for a task of its own.
		await new Promise((later) => setTimeout(later));
		const container = navigator.serviceWorker;
		// A page that no worker served came from the network, so it is the newest version already.
		const servedByWorker = !!container.controller;
		if (servedByWorker) this.status = 'ready';

		// A worker an earlier page installed may be active already.
		container.ready.then(() => this.#ready());
		container.addEventListener('controllerchange', () => {
			// Only the tab whose reader said yes reloads; any other tab is offered the reload.
			if (this.update === 'reloading') location.reload();
			// A page no worker served is taken over by the first one: that is no update.
			else if (servedByWorker) this.update = 'waiting';
		});

		// After the page's own loading: the worker's downloads never compete with it.
		if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
		let registration: ServiceWorkerRegistration | undefined;
		try {
			registration = this.#registration = await container.register(url);
		} catch (error) {
			// The browser's own message is in its language, not the page's: it goes to the console.
			console.warn('The service worker could not be registered:', error);
			this.fail((error as Error).name === 'SecurityError' ? 'blocked' : navigator.onLine ? 'other' : 'offline');
			return;
		}
		// A browser that blocks workers may answer with nothing at all.
		if (!registration) return this.fail('blocked');
		const follow = (worker: ServiceWorker | null) => {
			const check = () => {
				// Installed while another version is active: a new version waits for the reader's yes.
				if (worker?.state === 'installed' && registration?.active && this.update === 'none') this.update = 'waiting';
				if (worker?.state === 'redundant' && this.status !== 'ready') this.fail(navigator.onLine ? 'stopped' : 'offline');
			};
			worker?.addEventListener('statechange', check);
			check();
		};
		follow(registration.installing);
		follow(registration.waiting);
		registration.addEventListener('updatefound', () => follow(registration.installing));

		const check = () => {
			if (navigator.onLine && document.visibilityState === 'visible') registration.update().catch(() => {});
		};
		document.addEventListener('visibilitychange', check);
		setInterval(check, UPDATE_INTERVAL_MS);
	}

	/** Says once, on the first install, that the reader is saved for offline use. */
	#ready(): void {
		if (this.status === 'ready') return;
		this.status = 'ready';
		this.justReady = true;
		setTimeout(() => (this.justReady = false), READY_NOTE_MS);
	}

	/** The reader agreed: activate the waiting version, then reload this tab once. */
	async acceptUpdate(): Promise<void> {
		if (this.update === 'reloading') return;
		this.update = 'reloading';
		rememberPositionForReload();
		const registration = this.#registration ?? (await navigator.serviceWorker.getRegistration());
		if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
		else location.reload(); // another tab already activated it
	}

	dismissUpdate(): void {
		this.update = 'none';
	}

	private fail(reason: WorkerFailure): void {
		this.status = 'failed';
		this.failure = reason;
	}
}

export const serviceWorker = new ServiceWorkerState();
