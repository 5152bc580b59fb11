/**
 * Marks the sentence (and word) being read with the CSS Custom Highlight API: no DOM changes, so
 * screen readers and text selection are undisturbed. Browsers without it simply show no highlight.
 */
import { rangeIn } from '$lib/navigation/text-range';

export const SENTENCE_HIGHLIGHT = 'reader-sentence';
export const WORD_HIGHLIGHT = 'reader-word';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export function highlight(name: string, element: Element | null, start: number, end: number): Range | undefined {
	if (!supported()) return undefined;
	const range = element ? rangeIn(element, start, end) : undefined;
	if (range) CSS.highlights.set(name, new Highlight(range));
	else CSS.highlights.delete(name);
	return range;
}

export function clearHighlight(name: string): void {
	if (supported()) CSS.highlights.delete(name);
}

/** Scrolls a range into the part of the screen that the sticky header and the player bar leave free. */
export function keepInView(range: Range, covered: { top: number; bottom: number }): void {
	const rect = range.getBoundingClientRect();
	const visibleTop = covered.top;
	const visibleBottom = window.innerHeight - covered.bottom;
	if (rect.top >= visibleTop && rect.bottom <= visibleBottom) return;
	const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
	window.scrollBy({ top: rect.top - visibleTop - (visibleBottom - visibleTop) / 3, behavior: reduce ? 'instant' : 'smooth' });
}
