/** Where the reader is in the article: the paragraph under the sticky header, and how far down the screen it sits. */
export interface Position {
	id: string;
	top: number;
}

const RESUME_KEY = 'reader.resume';

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
	try {
		if (position) sessionStorage.setItem(RESUME_KEY, JSON.stringify({ path: location.pathname, ...position }));
	} catch {
		// No session storage: the reload starts at the top.
	}
}

export function restorePositionAfterReload(): void {
	try {
		const saved = JSON.parse(sessionStorage.getItem(RESUME_KEY) ?? 'null');
		sessionStorage.removeItem(RESUME_KEY);
		if (saved?.path === location.pathname && typeof saved.id === 'string' && typeof saved.top === 'number') {
			restorePosition(saved);
		}
	} catch {
		// Corrupt or unavailable: stay at the top.
	}
}
