/**
 * Parallel text, group by group: pointing at, tapping or focusing a sentence group in either
 * language marks it and its counterpart, and so does hearing it read. The CSS Custom Highlight API marks text without
 * changing the DOM, so a screen reader hears nothing twice (browsers without it mark nothing).
 */
import type { Attachment } from 'svelte/attachments';
import { offsetIn, rangeIn, type Span } from '$lib/navigation/text-range';

export const ALIGNED_HIGHLIGHT = 'reader-aligned';

/** A paragraph's groups, or its counterpart's: where each starts and ends in that text. */
export interface AlignedSides {
	own: Span[];
	theirs: Span[];
	/** The group being read aloud, if this paragraph is. */
	reading?: number;
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** The offset in `element`'s text of the character at a point, where the engine can tell. */
function offsetAt(element: HTMLElement, x: number, y: number): number | undefined {
	const caret = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
	const position = document.caretPositionFromPoint?.(x, y);
	const range = position ? undefined : caret.caretRangeFromPoint?.(x, y);
	const [node, offset] = position ? [position.offsetNode, position.offset] : range ? [range.startContainer, range.startOffset] : [];
	return node && element.contains(node) ? offsetIn(element, node, offset ?? 0) : undefined;
}

export function alignedGroups(sides: AlignedSides): Attachment<HTMLElement> {
	return (container) => {
		const own = container.querySelector<HTMLElement>('[data-paragraph]');
		const theirs = container.querySelector<HTMLElement>('.counterpart');
		if (!own || !theirs || !supported()) return;
		const pairs = [
			{ element: own, spans: sides.own },
			{ element: theirs, spans: sides.theirs }
		];
		let marked: Highlight | undefined;
		const mark = (group: number) => {
			const ranges = pairs.flatMap(({ element, spans }) => (spans[group] ? (rangeIn(element, ...spans[group]) ?? []) : []));
			marked = new Highlight(...ranges);
			marked.priority = -1; // under the sentence being read
			CSS.highlights.set(ALIGNED_HIGHLIGHT, marked);
		};
		const clear = () => {
			if (marked && CSS.highlights.get(ALIGNED_HIGHLIGHT) === marked) CSS.highlights.delete(ALIGNED_HIGHLIGHT);
			marked = undefined;
		};
		/** The group with keyboard focus, if one of this paragraph's has it. */
		let focused: number | undefined;
		/** Back to the focused group, else the one being read, else nothing. */
		const settle = () => {
			const group = focused ?? sides.reading;
			if (group === undefined) clear();
			else mark(group);
		};
		/** The group under the pointer, in whichever language it is over. */
		const point = (event: PointerEvent) => {
			for (const { element, spans } of pairs) {
				const offset = element.contains(event.target as Node) ? offsetAt(element, event.clientX, event.clientY) : undefined;
				const group = offset === undefined ? -1 : spans.findIndex(([, end]) => offset <= end);
				if (group !== -1) return mark(group);
			}
			settle();
		};
		// A mouse marks as it moves; a finger or pen when it taps (moving, it scrolls).
		const hover = (event: PointerEvent) => event.pointerType === 'mouse' && point(event);
		// A tap's mark stays (a finger "leaves" as it lifts); a mouse's goes with it.
		const leave = (event: PointerEvent) => event.pointerType === 'mouse' && settle();
		const focus = (event: FocusEvent) => {
			const group = (event.target as HTMLElement).closest<HTMLElement>('[data-group]')?.dataset.group;
			focused = event.type === 'focusin' && group !== undefined ? Number(group) : undefined;
			// Focus lost to a click on text (no new target) leaves the click's own mark.
			if (event.type === 'focusin' || event.relatedTarget) settle();
		};
		settle();
		const listeners = { pointermove: hover, pointerdown: point, pointerleave: leave, focusin: focus, focusout: focus } as const;
		for (const [type, listener] of Object.entries(listeners)) container.addEventListener(type, listener as EventListener);
		return () => {
			for (const [type, listener] of Object.entries(listeners)) container.removeEventListener(type, listener as EventListener);
			clear();
		};
	};
}
