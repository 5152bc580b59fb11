import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's height, border included, each time it changes. A ResizeObserver reports
 * after layout; bind:clientHeight also reads it at once, forcing a layout while the page starts.
 */
export function observeHeight(set: (height: number) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(([entry]) => set(entry.borderBoxSize[0]?.blockSize ?? element.offsetHeight));
		observer.observe(element);
		return () => observer.disconnect();
	};
}
