/** Reading the page aloud: the player, its highlight on the page and the Media Session, wired together. */
import type { Article } from '$lib/content/article';
import { counterpartId } from '$lib/content/parallel.svelte';
import { clearHighlight, highlight, keepInView, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from './highlight';
import { connectMediaSession, setPlaybackState } from './media-session';
import { Player } from './player.svelte';
import { loadSpeechPreferences, saveSpeechPreferences } from './preferences';
import type { ReadAloudSource } from './read-aloud-loader.svelte';
import { WebSpeechEngine } from './web-speech';

/** The sticky header and the player bar: a highlighted sentence is kept out from under them. */
function coveredEdges(): { top: number; bottom: number } {
	const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
	// The notices sit above the player bar (a "continue where you left off" offer, say).
	const bottom = Math.min(...['.player', '.notices'].map((s) => document.querySelector(s)?.getBoundingClientRect().top ?? innerHeight));
	return { top: header + 8, bottom: innerHeight - bottom + 8 };
}

export class ReadAloud {
	readonly player: Player;
	/** The paragraph being read, while reading is under way and highlighting is on. */
	readonly readingParagraph = $derived.by(() => {
		const { status, current, prefs } = this.player;
		return (status === 'playing' || status === 'paused') && prefs.highlight ? current?.paragraphId : undefined;
	});
	#cleanup: (() => void)[] = [];
	#disconnectMediaSession = () => {};
	#metadata = { title: '', artist: '', album: '' };
	/** The sentence highlighted last, kept in view again when a notice or the player grows over it. */
	#range: Range | undefined;

	constructor(player: Player) {
		this.player = player;
		this.#cleanup.push(
			$effect.root(() => {
				$effect(() => this.#highlight());
				$effect(() => setPlaybackState(this.player.status === 'playing' ? true : this.player.status === 'paused' ? false : undefined));
			})
		);
		// A note that arrives mid-sentence (the first visit's "ready to read offline", say) would
		// cover the sentence until the next one. Observers report after layout and before paint.
		const edges = new ResizeObserver(() => {
			if (this.#range && this.player.status === 'playing') keepInView(this.#range, coveredEdges());
		});
		for (const element of document.querySelectorAll('.player, .notices')) edges.observe(element);
		this.#cleanup.push(() => edges.disconnect());
	}

	/** `partner`: another language's article, read after each paragraph (or sentence group) of this one. */
	load(lang: string, article: Article, appName: string, partner?: ReadAloudSource['partner']): void {
		this.player.load(lang, article.paragraphs, partner && { lang: partner.lang, paragraphs: partner.article.paragraphs, by: partner.by });
		this.#metadata = { title: article.title, artist: article.publisher, album: appName };
		this.#disconnectMediaSession();
		this.#disconnectMediaSession = connectMediaSession(this.player, this.#metadata);
	}

	destroy(): void {
		this.player.dispose();
		this.#disconnectMediaSession();
		for (const cleanup of this.#cleanup.splice(0)) cleanup();
		clearHighlight(SENTENCE_HIGHLIGHT);
		clearHighlight(WORD_HIGHLIGHT);
	}

	#highlight(): void {
		const paragraphId = this.readingParagraph;
		const sentence = this.player.current;
		const word = this.player.word;
		this.#range = undefined;
		if (!paragraphId || !sentence) {
			clearHighlight(SENTENCE_HIGHLIGHT);
			clearHighlight(WORD_HIGHLIGHT);
			return;
		}
		const element = document.getElementById(sentence.lang ? counterpartId(paragraphId, sentence.lang) : paragraphId);
		const range = (this.#range = highlight(SENTENCE_HIGHLIGHT, element, sentence.start, sentence.end));
		if (word) highlight(WORD_HIGHLIGHT, element, word.start, word.end);
		else clearHighlight(WORD_HIGHLIGHT);
		if (range && this.player.status === 'playing' && !word) keepInView(range, coveredEdges());
	}
}

export function startReadAloud({ lang, article, appName, partner }: ReadAloudSource): ReadAloud {
	const player = new Player(new WebSpeechEngine(), loadSpeechPreferences(), saveSpeechPreferences);
	const readAloud = new ReadAloud(player);
	readAloud.load(lang, article, appName, partner);
	player.start();
	return readAloud;
}
