/**
 * Parallel text from the keyboard: focus moves sentence group by sentence group through the page's
 * own text (each group's counterpart is marked beside it, and is its description for screen readers).
 */
/** A sentence group of the page's own text. */
export interface GroupPlace {
	paragraphId: string;
	group: number;
}

const placeOf = (element: HTMLElement): GroupPlace => ({
	paragraphId: element.closest('[data-paragraph]')?.id ?? '',
	group: Number(element.dataset.group)
});

/**
 * Focuses the group after (`step` 1) or before (-1) the one with focus, or else the one at `from` (the
 * group being read aloud), or else the first on screen; none without parallel text, or past either end.
 */
export function focusGroup(step: 1 | -1, from?: GroupPlace): GroupPlace | undefined {
	const groups = [...document.querySelectorAll<HTMLElement>('[data-paragraph] [data-group]')];
	const active = document.activeElement;
	let at = groups.findIndex((group) => group.contains(active));
	if (at === -1 && from) {
		const read = document.getElementById(from.paragraphId)?.querySelector(`[data-group="${from.group}"]`);
		at = groups.findIndex((group) => group === read);
	}
	// From nothing, "next" is the first group below the sticky header, and "previous" the one before it.
	const target =
		at !== -1
			? groups[at + step]
			: groups[
					groups.findIndex((group) => group.getBoundingClientRect().bottom > (parseFloat(getComputedStyle(group).scrollMarginTop) || 0)) +
						(step === 1 ? 0 : -1)
				];
	if (!target) return undefined;
	target.focus({ preventScroll: true });
	showWithCounterpart(target);
	return placeOf(target);
}

/**
 * Scrolls as little as needed to show a group clear of the sticky header, the notices and the player
 * bar (its scroll margins), with its counterpart too where both fit (on a phone it is further down).
 */
function showWithCounterpart(group: HTMLElement): void {
	const style = getComputedStyle(group);
	const [top, bottom] = [parseFloat(style.scrollMarginTop) || 0, innerHeight - (parseFloat(style.scrollMarginBottom) || 0)];
	const own = group.getBoundingClientRect();
	const theirs = document.getElementById(group.getAttribute('aria-describedby') ?? '')?.getBoundingClientRect();
	const both = theirs && { top: Math.min(own.top, theirs.top), bottom: Math.max(own.bottom, theirs.bottom) };
	const shown = both && both.bottom - both.top <= bottom - top ? both : own;
	const by = shown.top < top ? shown.top - top : shown.bottom > bottom ? Math.min(shown.bottom - bottom, own.top - top) : 0;
	// At once, as Tab moves focus: steps in quick succession each start from where the last one put the page.
	if (by) window.scrollBy({ top: by, behavior: 'instant' });
}
