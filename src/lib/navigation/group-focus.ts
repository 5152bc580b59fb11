/**
 * Parallel text from the keyboard: focus moves sentence group by sentence group, each group and then
 * its counterpart, so that a screen reader reads each in its own language's voice (and both are
 * marked on screen, by the aligned groups' highlight).
 */

/** Where focus went: a sentence group of a paragraph, in the page's language or its counterpart's. */
export interface GroupPlace {
	paragraphId: string;
	group: number;
	counterpart: boolean;
}

/** A group's element on the other side of its pair, if the group has text there. */
const otherSide = (element: HTMLElement): HTMLElement | null | undefined =>
	element
		.closest('.paragraph')
		?.querySelector<HTMLElement>(
			`${element.closest('.counterpart') ? '[data-paragraph]' : '.counterpart'} [data-group="${element.dataset.group}"]`
		);

const placeOf = (element: HTMLElement): GroupPlace => ({
	paragraphId: element.closest('.paragraph')?.querySelector('[data-paragraph]')?.id ?? '',
	group: Number(element.dataset.group),
	counterpart: !!element.closest('.counterpart')
});

/**
 * Focuses the stop after (`step` 1) or before (-1) the one with focus, or else the group at `from`
 * (the one being read aloud), or else the first on screen; none without parallel text, or past either
 * end. The stops: each group of the page's text, then its counterpart; while the page is read aloud,
 * the page's groups alone (the reading moves with focus, and a counterpart would leave it where it is).
 */
export function focusGroup(step: 1 | -1, from?: { paragraphId: string; group: number }): GroupPlace | undefined {
	const stops = [...document.querySelectorAll<HTMLElement>('[data-paragraph] [data-group]')].flatMap((own) => {
		const theirs = !from && otherSide(own);
		return theirs ? [own, theirs] : [own];
	});
	const active = document.activeElement;
	// While the page is read aloud, a counterpart with focus counts as its own side's group.
	const counterpart =
		from && active instanceof HTMLElement && active.closest('.counterpart') ? active.closest<HTMLElement>('[data-group]') : null;
	const focused = (counterpart && otherSide(counterpart)) ?? active;
	let at = stops.findIndex((stop) => stop.contains(focused));
	if (at === -1 && from) {
		const read = document.getElementById(from.paragraphId)?.querySelector(`[data-group="${from.group}"]`);
		at = stops.findIndex((stop) => stop === read);
	}
	// From nothing, "next" is the first group below the sticky header, and "previous" the one before it.
	const below = (stop: HTMLElement) => stop.getBoundingClientRect().bottom > (parseFloat(getComputedStyle(stop).scrollMarginTop) || 0);
	const target = at !== -1 ? stops[at + step] : stops[stops.findIndex(below) + (step === 1 ? 0 : -1)];
	if (!target) return undefined;
	// Focusable while it has focus, and only then: screen readers present a focusable element as an
	// object of its own (reading the text line by line, they would say every group twice).
	target.tabIndex = -1;
	target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
	target.focus({ preventScroll: true });
	showPair(target);
	return placeOf(target);
}

/**
 * Scrolls as little as needed to show a group clear of the sticky header, the notices and the player
 * bar (its scroll margins), with its counterpart too where both fit (on a phone one is under the other).
 */
function showPair(group: HTMLElement): void {
	const style = getComputedStyle(group);
	const [top, bottom] = [parseFloat(style.scrollMarginTop) || 0, innerHeight - (parseFloat(style.scrollMarginBottom) || 0)];
	const own = group.getBoundingClientRect();
	const other = otherSide(group)?.getBoundingClientRect();
	const both = other && { top: Math.min(own.top, other.top), bottom: Math.max(own.bottom, other.bottom) };
	const shown = both && both.bottom - both.top <= bottom - top ? both : own;
	const by = shown.top < top ? shown.top - top : shown.bottom > bottom ? Math.min(shown.bottom - bottom, own.top - top) : 0;
	// At once, as Tab moves focus: steps in quick succession each start from where the last one put the page.
	if (by) window.scrollBy({ top: by, behavior: 'instant' });
}
