import type { Resources } from '$lib/i18n/i18n';
import type { Lang } from '$lib/i18n/languages';

/**
 * A paragraph as the bundles hold it: its text as groups of sentences, in reading order. A group's id
 * is the same in every language, and so is its meaning: one English sentence may be two Korean ones.
 */
export interface ParagraphSource {
	id: string;
	groups: Record<string, string>;
}

export interface Paragraph {
	/** Stable across languages: the switcher and the player find the same place by it. */
	id: string;
	/** The groups' texts, one space apart. */
	text: string;
	/** Where its sentences start and end, found at build time for reading aloud; none crosses a group's end. */
	sentences?: [start: number, end: number][];
	/**
	 * How many of those sentences each of its groups holds, in order (found at build time, not in the
	 * bundles). Groups line up by position: the validator holds every language to the source's ids.
	 */
	groups?: number[];
}

/** A paragraph's text from its groups. */
export const paragraphText = (groups: Record<string, string>): string => Object.values(groups).join(' ');

/**
 * Where each of a paragraph's sentence groups starts and ends in its text, from its first sentence to
 * its last: one span per group, in order (an empty one where a group has no sentence).
 */
export function groupSpans({ sentences = [], groups = [] }: Pick<Paragraph, 'sentences' | 'groups'>): [start: number, end: number][] {
	let next = 0;
	return groups.map((size) => {
		const first = sentences[next];
		const last = sentences[next + size - 1];
		// Empty: where the sentence before it ends.
		const at = sentences[next - 1]?.[1] ?? 0;
		next += size;
		return size && first && last ? [first[0], last[1]] : [at, at];
	});
}

/** A name or term from the article, explained for readers who don't know it (WCAG 3.1.3, 3.1.4). */
export interface GlossaryEntry {
	/** Stable across languages. */
	id: string;
	term: string;
	/** The full form, when the term is an abbreviation. */
	expansion?: string;
	/** The words in this language's text that lead to the entry (their first occurrence). */
	match: string;
	definition: string;
}

export interface Article {
	title: string;
	description: string;
	/** ISO calendar date of publication. */
	published: string;
	publisher: string;
	url: string;
	/** Credit of the source's photo; kept as metadata only, since the photo is not shipped. */
	photoCredit: string;
	/** A few plain-language sentences, for a reader of about twelve. */
	summary: string[];
	paragraphs: Paragraph[];
	glossary: GlossaryEntry[];
}

/** The article as its bundle holds it. */
export type ArticleSource = Omit<Article, 'paragraphs'> & { paragraphs: ParagraphSource[] };

/** What the article page shows, as its data file holds it: the article, its language's strings, and what is formatted ahead. */
export interface ArticlePage {
	lang: Lang;
	/** The page's strings for i18next: its language's, and English for any key that bundle lacks. */
	resources: Resources;
	article: Article;
	/** Publication date, formatted in the page's language. */
	date: string;
	/** The language's decimal separator, for the speech rate. */
	decimal: string;
	/** "2 minute read", in the page's language. */
	readingTime: string;
}

/**
 * Reading speed in words a minute. Russian words are longer than English ones;
 * a Korean "word" is a space-separated eojeol, which carries a word and its particles.
 */
const WORDS_PER_MINUTE: Record<Lang, number> = { en: 230, ru: 180, ko: 170 };

export function countWords(text: string, lang: Lang): number {
	if (lang === 'ko') return text.split(/\s+/).filter(Boolean).length;
	let words = 0;
	for (const segment of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (segment.isWordLike) words++;
	return words;
}

/** Whole minutes, at least one. */
export function readingMinutes(article: Article, lang: Lang): number {
	const words = article.paragraphs.reduce((sum, p) => sum + countWords(p.text, lang), 0);
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE[lang]));
}
