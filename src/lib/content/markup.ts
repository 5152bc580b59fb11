/**
 * The "in other languages" disclosure under each paragraph, as an HTML string: the page mounts the
 * versions into it by hand when it is opened. Everything from the bundles goes through `escapeHtml`:
 * text is shown, never run. (Paragraphs and the glossary are Svelte markup.)
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe as text and inside a quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
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
