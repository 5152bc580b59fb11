/**
 * Where the reader is: the paragraph at the top of the screen. It drives the progress bar and is
 * remembered, so a later visit, in any language, can offer to continue from there.
 */
import { field } from '$lib/storage/fields';
import { Persisted } from '$lib/storage/persisted.svelte';
import { paragraphInView } from '$lib/navigation/position';

const savedPlace = new Persisted('reader.place', (raw) => ({ id: field.string(raw, 'id') ?? '' }));

export class ReadingPlace {
	readonly ids: string[];
	/** Index of the paragraph in view. */
	index = $state(0);
	/** Where an earlier visit stopped, while it is worth offering to go back there. */
	offer: number | undefined = $state();

	constructor(ids: string[]) {
		this.ids = ids;
		const saved = this.ids.indexOf(savedPlace.load().id);
		// Only on a fresh arrival: not when a link, a reload or Back put the reader somewhere. (Asked of
		// the navigation, not of scrollY, which would force a layout while the page starts.)
		const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
		if (saved > 0 && !location.hash && (navigation?.type ?? 'navigate') === 'navigate') this.offer = saved;
	}

	/** Follows scrolling until the returned function is called. */
	track(): () => void {
		let frame = 0;
		const update = () => {
			frame = 0;
			const index = this.ids.indexOf(paragraphInView()?.id ?? (this.#pastTheEnd() ? this.ids.at(-1)! : ''));
			if (index === -1 || index === this.index) return;
			this.index = index;
			if (this.offer !== undefined && index >= this.offer) this.offer = undefined;
			savedPlace.current = { id: this.ids[index] };
		};
		const onScroll = () => (frame ||= requestAnimationFrame(update));
		addEventListener('scroll', onScroll, { passive: true });
		// A reader on a slow phone may have scrolled before the app started: measured once the next frame
		// is drawn, when layout is fresh (measuring at once would force one while the page starts).
		let settle: ReturnType<typeof setTimeout> | undefined;
		const first = requestAnimationFrame(() => (settle = setTimeout(update)));
		return () => {
			removeEventListener('scroll', onScroll);
			cancelAnimationFrame(frame);
			cancelAnimationFrame(first);
			clearTimeout(settle);
		};
	}

	/** Below the last paragraph, in the glossary or the footer: the article has been read. */
	#pastTheEnd(): boolean {
		const last = document.getElementById(this.ids.at(-1) ?? '');
		return !!last && last.getBoundingClientRect().bottom < innerHeight / 2 && scrollY > 0;
	}

	/** Scrolls to the remembered paragraph and gives it focus, so reading and screen readers go on from there. */
	continue(): void {
		const target = this.offer === undefined ? undefined : document.getElementById(this.ids[this.offer]);
		this.offer = undefined;
		if (!target) return;
		target.setAttribute('tabindex', '-1');
		target.focus({ preventScroll: true });
		target.scrollIntoView({ block: 'start', behavior: 'instant' });
	}
}
