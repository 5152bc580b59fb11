/** The browser's install offer, kept from `beforeinstallprompt` until the reader uses it. */

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallStatus = 'unavailable' | 'available' | 'ios' | 'installed';

class InstallState {
	status: InstallStatus = $state('unavailable');
	#event?: BeforeInstallPromptEvent;

	start(): void {
		const standalone = matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone;
		if (standalone) {
			this.status = 'installed';
			return;
		}
		// iOS Safari has no install prompt: the reader is told how to add the app by hand.
		if (/iphone|ipad|ipod/i.test(navigator.userAgent)) this.status = 'ios';
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
			this.status = 'available';
		});
		addEventListener('appinstalled', () => {
			this.#event = undefined;
			this.status = 'installed';
		});
	}

	async prompt(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		this.#event = undefined;
		await event.prompt();
		const { outcome } = await event.userChoice;
		this.status = outcome === 'accepted' ? 'installed' : 'unavailable';
	}
}

export const install = new InstallState();
