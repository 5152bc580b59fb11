/** Splits paragraphs into sentences with the platform's sentence rules for the language. */

export interface Sentence {
	paragraphId: string;
	text: string;
	/** Offsets into the paragraph's text, for highlighting. */
	start: number;
	end: number;
	/** Set on a parallel text's sentences, which are read in their own language. */
	lang?: string;
}

/**
 * ICU breaks after English abbreviations ("On Jan. | 31, Choi…", "Mr. | Smith") and V8 offers no
 * suppression list: in English a break is dropped after a short capitalised abbreviation when the
 * next part starts with a digit or a lowercase letter, and after a title. Russian and Korean
 * sentence ends ("году. 31 января", "있다. 1999년") look alike, so they are left as ICU splits them.
 */
const ABBREVIATION = /(?:^|[\s(])\p{Lu}\p{Ll}{1,3}\.$/u;
const TITLE = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof)\.$/u;
const CONTINUES = /^[\p{Ll}\p{N}]/u;

/** A sentence's start and end offsets in its paragraph's text, trimmed of the spaces around it. */
export type Bounds = [start: number, end: number];

export function sentenceBounds(text: string, lang: string): Bounds[] {
	const english = lang.toLowerCase().split('-')[0] === 'en';
	const parts: { start: number; end: number }[] = [];
	for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
		const previous = parts.at(-1);
		const before = previous && text.slice(previous.start, previous.end).trimEnd();
		if (english && before && ((ABBREVIATION.test(before) && CONTINUES.test(segment)) || TITLE.test(before))) {
			previous.end = index + segment.length;
		} else parts.push({ start: index, end: index + segment.length });
	}
	return parts.flatMap(({ start, end }): Bounds[] => {
		const segment = text.slice(start, end);
		const trimmed = segment.trim();
		if (!trimmed) return [];
		const from = start + segment.indexOf(trimmed);
		return [[from, from + trimmed.length]];
	});
}

/**
 * The bounds found at build time are used when a paragraph carries them: a browser's first sentence
 * segmenter loads the ICU break rules, about 100 ms of a slow phone's main thread.
 */
export function splitSentences(paragraphId: string, text: string, lang: string, bounds = sentenceBounds(text, lang)): Sentence[] {
	return bounds.map(([start, end]) => ({ paragraphId, text: text.slice(start, end), start, end }));
}

type Paragraphs = { id: string; text: string; sentences?: Bounds[] }[];

/** With a partner language, each paragraph is followed by its counterpart, for listening in both. */
export function splitArticle(paragraphs: Paragraphs, lang: string, partner?: { lang: string; paragraphs: Paragraphs }): Sentence[] {
	return paragraphs.flatMap((p) => {
		const own = splitSentences(p.id, p.text, lang, p.sentences);
		const counterpart = partner?.paragraphs.find((c) => c.id === p.id);
		if (!partner || !counterpart) return own;
		return [
			...own,
			...splitSentences(p.id, counterpart.text, partner.lang, counterpart.sentences).map((s) => ({ ...s, lang: partner.lang }))
		];
	});
}
