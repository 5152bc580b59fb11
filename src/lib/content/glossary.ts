/** Links the first occurrence of each glossary term in the article to its explanation. */
import type { GlossaryEntry, Paragraph } from './article';

/** A run of paragraph text; `entry` is set where the run is a glossary term. */
export interface Segment {
	text: string;
	entry?: GlossaryEntry;
}

/**
 * Splits each paragraph into runs of plain text and terms. A term is marked once, where it first
 * appears in the article, so the text doesn't fill with links. Joined, the runs are the paragraph's
 * text unchanged: read-aloud offsets and highlighting still count characters in it.
 */
export function markTerms(paragraphs: Paragraph[], glossary: GlossaryEntry[]): Map<string, Segment[]> {
	const unmarked = new Set(glossary);
	const result = new Map<string, Segment[]>();
	for (const { id, text } of paragraphs) {
		const found = [...unmarked]
			.map((entry) => ({ entry, at: text.indexOf(entry.match) }))
			.filter(({ at }) => at !== -1)
			.sort((a, b) => a.at - b.at || b.entry.match.length - a.entry.match.length);
		const segments: Segment[] = [];
		let from = 0;
		for (const { entry, at } of found) {
			if (at < from) continue; // inside a longer term already marked; it gets its turn later
			if (at > from) segments.push({ text: text.slice(from, at) });
			segments.push({ text: entry.match, entry });
			from = at + entry.match.length;
			unmarked.delete(entry);
		}
		if (from < text.length) segments.push({ text: text.slice(from) });
		result.set(id, segments);
	}
	return result;
}

/** The glossary in the language's alphabetical order. */
export function sortedGlossary(glossary: GlossaryEntry[], lang: string): GlossaryEntry[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base', ignorePunctuation: true });
	return [...glossary].sort((a, b) => collator.compare(a.term, b.term));
}
