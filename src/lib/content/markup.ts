/**
 * Article text as HTML strings, for `{@html}`: hydrating a string only walks the nodes the server
 * wrote, where a component per run of text costs effects and DOM walks on a slow phone's start.
 * Everything from the bundles goes through `escapeHtml`: text is shown, never run.
 */
import type { Segment } from './glossary';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe as text and inside a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A paragraph's runs, its glossary terms linked to their explanations. No whitespace is added. */
export function paragraphHtml(segments: Segment[]): string {
	return segments
		.map(({ text, entry }) => {
			if (!entry) return escapeHtml(text);
			const shown = entry.expansion ? `<abbr title="${escapeHtml(entry.expansion)}">${escapeHtml(text)}</abbr>` : escapeHtml(text);
			return `<a class="term" id="term-${escapeHtml(entry.id)}" href="#glossary-${escapeHtml(entry.id)}">${shown}</a>`;
		})
		.join('');
}
