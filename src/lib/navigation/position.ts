import { field } from '$lib/storage/fields';
import { Persisted } from '$lib/storage/persisted.svelte';

/** Where the reader is in the article: the paragraph under the sticky header, and how far down the screen it sits. */
export interface Position {
	id: string;
	top: number;
}

/** The place to come back to after this tab reloads, on the page it was on. */
const resume = new Persisted(
	'reader.resume',
	(raw) => {
		const path = field.string(raw, 'path');
		const id = field.string(raw, 'id');
		const top = field.number(raw, 'top', -1e6, 1e6);
		return path && id && top !== undefined ? { path, id, top } : undefined;
	},
	{ session: true }
);

export function paragraphInView(): Position | undefined {
	for (const el of document.querySelectorAll<HTMLElement>('[data-paragraph]')) {
		// scroll-margin-top is the height the sticky header covers.
		const covered = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
		const { top, bottom } = el.getBoundingClientRect();
		if (bottom > covered) return top < window.innerHeight ? { id: el.id, top: Math.max(top, covered) } : undefined;
	}
	return undefined;
}

/** Puts the paragraph back at the same height on screen; false when it is not on this page. */
export function restorePosition(position: Position): boolean {
	const target = document.getElementById(position.id);
	if (!target) return false;
	window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - position.top, behavior: 'instant' });
	return true;
}

/** Keeps the position across a reload of this tab (an accepted update). */
export function rememberPositionForReload(): void {
	const position = paragraphInView();
	if (position) resume.current = { path: location.pathname, ...position };
}

export function restorePositionAfterReload(): void {
	const saved = resume.load();
	resume.clear();
	if (saved?.path === location.pathname) restorePosition(saved);
}
