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

/**
 * The disclosure under a paragraph that shows it in the other languages. Until it is opened with
 * JavaScript (OtherLanguageVersions then fills it in), and without JavaScript, each language is a
 * link to the same paragraph there. `label` names the paragraph for screen readers.
 */
export function otherLanguagesHtml(others: { lang: string; name: string }[], paragraphId: string, label: string, summary: string): string {
	const id = escapeHtml(paragraphId);
	const versions = others
		.map(({ lang, name }) => {
			const [code, shown] = [escapeHtml(lang), escapeHtml(name)];
			return `<div class="version" lang="${code}"><p class="language">${shown}</p><p><a href="/${code}/#${id}" hreflang="${code}">${shown}</a></p></div>`;
		})
		.join('');
	return (
		`<details class="other-languages" data-for="${id}"><summary><span class="visually-hidden">${escapeHtml(label)}:</span> ${escapeHtml(summary)}</summary>` +
		`<div class="versions">${versions}</div></details>`
	);
}
