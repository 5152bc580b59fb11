/** Where a paragraph's sentences start and end, by the platform's sentence rules for the language (found at build time). */

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
