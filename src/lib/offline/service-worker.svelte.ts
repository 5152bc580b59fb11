/**
 * The service worker as the page sees it: registered with workbox-window in production builds,
 * saying once when the reader is ready offline, and offering updates without ever reloading on its own.
 */
import type { Workbox } from 'workbox-window';
import { rememberPositionForReload } from '$lib/content/position';

export type WorkerStatus = 'unsupported' | 'installing' | 'ready' | 'failed';
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
	failure = $state('');
	#workbox?: Workbox;

	async start(url = '/service-worker.js'): Promise<void> {
		this.online = navigator.onLine;
		addEventListener('online', () => (this.online = true));
		addEventListener('offline', () => (this.online = false));
		if (!('serviceWorker' in navigator)) {
			this.status = 'unsupported';
			return;
		}
		// A page that no worker served came from the network, so it is the newest version already.
		const servedByWorker = !!navigator.serviceWorker.controller;
		if (servedByWorker) this.status = 'ready';

		// Loaded after first paint: registration is never on the critical path.
		const { Workbox } = await import('workbox-window');
		const wb = (this.#workbox = new Workbox(url));
		wb.addEventListener('activated', (event) => {
			if (!event.isUpdate) this.#ready();
		});
		// A worker an earlier page installed may have activated before these listeners existed.
		navigator.serviceWorker.ready.then(() => this.#ready());
		wb.addEventListener('waiting', () => {
			if (this.update === 'none') this.update = 'waiting';
		});
		wb.addEventListener('controlling', (event) => {
			// Only the tab whose reader said yes reloads; any other tab is offered the reload.
			if (this.update === 'reloading') location.reload();
			// A worker installed by an earlier page (reloaded mid-install) is not an update for this one.
			else if (servedByWorker && (event.isUpdate || event.isExternal)) this.update = 'waiting';
		});
		wb.addEventListener('redundant', () => {
			if (this.status !== 'ready') this.fail('the installation was stopped');
		});
		wb.register().catch((error: Error) => this.fail(error.message));

		const check = () => {
			if (navigator.onLine && document.visibilityState === 'visible') wb.update().catch(() => {});
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
		const registration = await navigator.serviceWorker.getRegistration();
		if (registration?.waiting) this.#workbox?.messageSkipWaiting();
		else location.reload(); // another tab already activated it
	}

	dismissUpdate(): void {
		this.update = 'none';
	}

	private fail(reason: string): void {
		this.status = 'failed';
		this.failure = reason;
	}
}

export const serviceWorker = new ServiceWorkerState();
