/** Layout checks run inside the page: what scrolls sideways, what is clipped, what overlaps. */
import type { Page } from '@playwright/test';

export const themes = ['light', 'dark', 'sepia', 'contrast'] as const;
export type Theme = (typeof themes)[number];

/** Saved settings, as the reader's own earlier visit would have left them. */
export async function useSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
	await page.addInitScript((s) => localStorage.setItem('reader.settings', JSON.stringify(s)), settings);
}

/** Elements whose text is cut off: content wider or taller than a box that hides its overflow. */
export function clippedElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('body *')) {
			const style = getComputedStyle(el);
			if (style.display === 'none' || style.visibility === 'hidden' || el.closest('.visually-hidden, [hidden], dialog:not([open])'))
				continue;
			if (!el.textContent?.trim()) continue;
			if (el.getBoundingClientRect().width <= 1) continue; // visually hidden on purpose, still read aloud by screen readers
			const hides = (v: string) => v === 'hidden' || v === 'clip';
			const x = hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
			const y = hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
			const offscreen = el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && style.position !== 'fixed';
			if (x || y || offscreen) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 40)}`);
		}
		return out;
	});
}

/** Paragraphs of the article that run into each other. */
export function overlappingParagraphs(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const rects = [...document.querySelectorAll('[data-paragraph]')].map((p) => ({ id: p.id, ...p.getBoundingClientRect().toJSON() }));
		return rects
			.slice(1)
			.filter((r, i) => r.top < rects[i].bottom - 1)
			.map((r) => r.id);
	});
}

export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * Records every layout shift from the start of the next navigation. The returned function waits two
 * frames (any shift already caused has been laid out and reported), then lists each shift with what
 * moved, from where to where, and whether just after an input, so a failure says where to look.
 */
export async function recordShifts(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: string[]; record: (entries: PerformanceEntryList) => void; flush: () => void };
		w.shifts = [];
		w.record = (entries) => {
			for (const entry of entries) {
				const shift = entry as PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
				};
				const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
				const sources = shift.sources.map(
					(s) => `${(s.node as Element)?.className ?? s.node?.nodeName} ${rect(s.previousRect)} → ${rect(s.currentRect)}`
				);
				const input = shift.hadRecentInput ? ' after an input' : '';
				w.shifts.push(`${shift.value} at ${Math.round(entry.startTime)} ms${input}: ${sources.join(', ')}`);
			}
		};
		const observer = new PerformanceObserver((list) => w.record(list.getEntries()));
		observer.observe({ type: 'layout-shift', buffered: true });
		// Entries not yet handed to the callback, for the moment the test reads the list.
		w.flush = () => w.record(observer.takeRecords());
	});
	return () =>
		page.evaluate(async () => {
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			const w = window as unknown as { shifts: string[]; flush: () => void };
			w.flush();
			return w.shifts;
		});
}
