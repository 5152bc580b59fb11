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

/** A stretch of a paragraph's runs: one sentence group's (`group`, its index), or the space between two. */
export interface GroupPiece {
	group?: number;
	segments: Segment[];
}

/**
 * Cuts a paragraph's runs where its sentence groups start and end, so that parallel text can give
 * each group an element of its own to focus. Joined, the pieces are the runs' text unchanged; a term
 * never crosses a group's edge (groups end at sentence ends), and would be cut in two if it did.
 */
export function piecesByGroup(segments: Segment[], spans: [start: number, end: number][]): GroupPiece[] {
	const length = segments.reduce((sum, { text }) => sum + text.length, 0);
	const cuts = [...new Set([0, ...spans.flat(), length])].filter((at) => at <= length).sort((a, b) => a - b);
	const pieces: GroupPiece[] = [];
	for (let i = 1; i < cuts.length; i++) {
		const [from, to] = [cuts[i - 1], cuts[i]];
		const group = spans.findIndex(([start, end]) => start <= from && to <= end && start < end);
		const piece: GroupPiece = { group: group === -1 ? undefined : group, segments: [] };
		let at = 0;
		for (const { text, entry } of segments) {
			const part = text.slice(Math.max(0, from - at), Math.max(0, to - at));
			if (part) piece.segments.push(entry ? { text: part, entry } : { text: part });
			at += text.length;
		}
		pieces.push(piece);
	}
	return pieces;
}
