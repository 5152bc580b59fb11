/** Places in an element's text by character offset: for marking a sentence, and for finding one on screen. */

/** A stretch of an element's text, as character offsets: a sentence, or a sentence group. */
export type Span = [start: number, end: number];

/** A range from character offsets in the element's text, which glossary links split into several nodes. */
export function rangeIn(element: Element, start: number, end: number): Range | undefined {
	const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	let offset = 0;
	let started = false;
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const length = node.textContent?.length ?? 0;
		if (!started && start <= offset + length) {
			range.setStart(node, start - offset);
			started = true;
		}
		if (started && end <= offset + length) {
			range.setEnd(node, end - offset);
			return range;
		}
		offset += length;
	}
	return started ? range : undefined;
}

/** The character offset in `element`'s text of a place in one of its text nodes (as a caret gives it). */
export function offsetIn(element: Element, node: Node, offset: number): number | undefined {
	const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
	let before = 0;
	for (let text = walker.nextNode(); text; text = walker.nextNode()) {
		if (text === node) return before + offset;
		before += text.textContent?.length ?? 0;
	}
	return undefined;
}
