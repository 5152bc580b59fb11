/** Splits paragraphs into the sentences the player reads, one utterance each. */
import type { Alternation } from '$lib/content/parallel.svelte';
import { sentenceBounds, type Bounds } from '$lib/content/sentence-bounds';

export type { Bounds };

export interface Sentence {
	paragraphId: string;
	text: string;
	/** Offsets into the paragraph's text, for highlighting. */
	start: number;
	end: number;
	/** Set on a parallel text's sentences, which are read in their own language. */
	lang?: string;
	/** Which of its paragraph's sentence groups it belongs to, when the paragraph has them: the same in every language. */
	group?: number;
}

/**
 * The bounds found at build time are used when a paragraph carries them: a browser's first sentence
 * segmenter loads the ICU break rules, about 100 ms of a slow phone's main thread.
 */
export function splitSentences(
	paragraphId: string,
	text: string,
	lang: string,
	bounds = sentenceBounds(text, lang),
	groups?: number[]
): Sentence[] {
	// A group's index for each sentence, from how many sentences each group holds.
	const groupOf = groups?.flatMap((size, group) => Array<number>(size).fill(group));
	return bounds.map(([start, end], i) => ({ paragraphId, text: text.slice(start, end), start, end, group: groupOf?.[i] }));
}

type Paragraphs = { id: string; text: string; sentences?: Bounds[]; groups?: number[] }[];

/** Listening in two languages: the partner's paragraphs, and whether turns are taken by paragraph or by sentence group. */
export interface PartnerText {
	lang: string;
	paragraphs: Paragraphs;
	by?: Alternation;
}

/**
 * With a partner language, each paragraph is followed by its counterpart, for listening in both; by
 * group, each sentence group by the partner's same group (by paragraph where either lacks groups).
 */
export function splitArticle(paragraphs: Paragraphs, lang: string, partner?: PartnerText): Sentence[] {
	return paragraphs.flatMap((p) => {
		const own = splitSentences(p.id, p.text, lang, p.sentences, p.groups);
		const counterpart = partner?.paragraphs.find((c) => c.id === p.id);
		if (!partner || !counterpart) return own;
		const theirs = splitSentences(p.id, counterpart.text, partner.lang, counterpart.sentences, counterpart.groups).map((s) => ({
			...s,
			lang: partner.lang
		}));
		if (partner.by !== 'group' || !p.groups || p.groups.length !== counterpart.groups?.length) return [...own, ...theirs];
		return p.groups.flatMap((_, group) => [...own.filter((s) => s.group === group), ...theirs.filter((s) => s.group === group)]);
	});
}
