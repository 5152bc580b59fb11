/**
 * The service worker as the page sees it, a runes state around workbox-window: registered in
 * production builds once the page has loaded, saying once when the reader is ready offline, and
 * offering updates without ever reloading on its own.
 */
import type { Workbox } from 'workbox-window';
import { rememberPositionForReload } from '$lib/navigation/position';

export type WorkerStatus = 'unsupported' | 'installing' | 'ready' | 'failed';
/** Why the reader could not be saved, in words the bundles have (`offline.failureReasons`). */
export type WorkerFailure = 'blocked' | 'stopped' | 'offline' | 'other';
export type UpdateStatus = 'none' | 'waiting' | 'reloading';

const UPDATE_INTERVAL_MS = 60 * 60 * 1000;
/** The "ready offline" note goes away by itself; the storage section keeps saying it. */
const READY_NOTE_MS = 10_000;

/**
 * A browser that blocks workers rejects the registration (SecurityError), or answers it with nothing
 * at all, which workbox-window does not expect: it then fails reading that answer's `waiting`.
 */
function isBlocked(error: unknown): boolean {
	return error instanceof Error && (error.name === 'SecurityError' || (error instanceof TypeError && /\bwaiting\b/.test(error.message)));
}

class ServiceWorkerState {
	status: WorkerStatus = $state('installing');
	update: UpdateStatus = $state('none');
	online = $state(true);
	/** True from the first install until the reader dismisses the message. */
	justReady = $state(false);
	failure: WorkerFailure = $state('other');
	#workbox?: Workbox;
	#registration?: ServiceWorkerRegistration;

	async start(url = '/service-worker.js'): Promise<void> {
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
		if (!('serviceWorker' in navigator)) {
			this.status = 'unsupported';
			return;
		}
		// A page that a worker served is the reader saved already; one from the network is the newest version.
		if (navigator.serviceWorker.controller) this.status = 'ready';
		// The page's start is its longest task: workbox-window is loaded in a task of its own, and registers
		// once the page has loaded, so the worker's downloads never compete with the page's.
		let workbox: Workbox;
		try {
			const { Workbox } = await import('workbox-window');
			workbox = this.#workbox = new Workbox(url);
		} catch (error) {
			// Offline before the reader was saved: there is nothing to register anyway.
			console.warn('workbox-window could not be loaded:', error);
			return this.fail(navigator.onLine ? 'other' : 'offline');
		}
		// A new version, found by this tab or another, waits for the reader's yes (never forced).
		workbox.addEventListener('waiting', () => {
			if (this.update === 'none') this.update = 'waiting';
		});
		workbox.addEventListener('controlling', (event) => {
			// Only the tab whose reader said yes reloads; any other tab is offered the reload.
			if (this.update === 'reloading') location.reload();
			// A page no worker served is taken over by the first one: that is no update.
			else if (event.isUpdate) this.update = 'waiting';
		});
		workbox.addEventListener('activated', (event) => {
			if (!event.isExternal) this.#ready();
		});
		workbox.addEventListener('redundant', (event) => {
			if (!event.isExternal && this.status !== 'ready') this.fail(navigator.onLine ? 'stopped' : 'offline');
		});

		let registration: ServiceWorkerRegistration | undefined;
		try {
			registration = this.#registration = await workbox.register();
		} catch (error) {
			// The browser's own message is in its language, not the page's: it goes to the console.
			console.warn('The service worker could not be registered:', error);
			this.fail(isBlocked(error) ? 'blocked' : navigator.onLine ? 'other' : 'offline');
			return;
		}
		if (!registration) return this.fail('blocked');
		// A worker an earlier page installed is active already (a reload that bypassed it, say).
		if (registration.active) this.#ready();
		// Or an earlier page's first install is still under way (this page is a reload during it):
		// workbox-window follows only the workers this page's registration found, so this one is followed here.
		else if (registration.installing) {
			const installing = registration.installing;
			installing.addEventListener('statechange', () => {
				if (installing.state === 'activated') this.#ready();
				else if (installing.state === 'redundant' && this.status !== 'ready') this.fail(navigator.onLine ? 'stopped' : 'offline');
			});
		}

		const check = () => {
			if (navigator.onLine && document.visibilityState === 'visible') workbox.update().catch(() => {});
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
		// workbox-window posts {type: 'SKIP_WAITING'} to the waiting worker; src/service-worker.ts obeys it.
		if (this.#workbox && this.#registration?.waiting) this.#workbox.messageSkipWaiting();
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
