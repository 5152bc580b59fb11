/** Headset and lock-screen buttons, where the browser has the Media Session API. */
import type { Player } from './player.svelte';

export function connectMediaSession(player: Player, metadata: { title: string; artist: string; album: string }): () => void {
	if (!('mediaSession' in navigator)) return () => {};
	const session = navigator.mediaSession;
	session.metadata = new MediaMetadata({ ...metadata, artwork: [{ src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' }] });
	const handlers: [MediaSessionAction, () => void][] = [
		['play', () => player.play()],
		['pause', () => player.pause()],
		['stop', () => player.stop()],
		['previoustrack', () => player.previous()],
		['nexttrack', () => player.next()]
	];
	for (const [action, handler] of handlers) {
		try {
			session.setActionHandler(action, handler);
		} catch {
			// An action this browser does not know.
		}
	}
	return () => {
		for (const [action] of handlers) {
			try {
				session.setActionHandler(action, null);
			} catch {
				// as above
			}
		}
	};
}

export function setPlaybackState(playing: boolean | undefined): void {
	if ('mediaSession' in navigator) navigator.mediaSession.playbackState = playing === undefined ? 'none' : playing ? 'playing' : 'paused';
}
