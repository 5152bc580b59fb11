/**
 * The read-aloud player: one sentence per utterance, so pausing is "cancel and remember the sentence"
 * and resuming speaks that sentence again (speechSynthesis.pause() is broken on Android and on Linux).
 */
import { whenVoicesReady, type SpeechEngine, type Voice } from './engine';
import { RATE_MAX, RATE_MIN, type SpeechPreferences } from './preferences';
import { splitArticle, type Bounds, type PartnerText, type Sentence } from './sentences';
import { chooseVoice, voicesFor } from './voices';

type Paragraphs = { id: string; text: string; sentences?: Bounds[]; groups?: number[] }[];

export type PlayerStatus = 'loading' | 'unsupported' | 'no-voice' | 'stopped' | 'playing' | 'paused';

/** Voices arrive late (about 2 s with speech-dispatcher); after this the language counts as voiceless. */
export const VOICE_WAIT_MS = 5000;

const INTERRUPTIONS = new Set(['interrupted', 'canceled']);

export class Player {
	status: PlayerStatus = $state('loading');
	lang = $state('');
	sentences: Sentence[] = $state.raw([]);
	index = $state(0);
	/** The word being spoken, as offsets into the paragraph, when the voice reports boundaries. */
	word: { start: number; end: number } | undefined = $state();
	/** The page language's voices, best first. */
	voices: Voice[] = $state.raw([]);
	/** The partner language when listening in two languages; its voices, best first. */
	partnerLang = $state('');
	partnerVoices: Voice[] = $state.raw([]);
	/** True once the last sentence has been read, until reading starts again. */
	finished = $state(false);
	error = $state('');
	prefs: SpeechPreferences;

	readonly current: Sentence | undefined = $derived(this.sentences[this.index]);
	/** The voices are known and one reads this language: Play, the skips and "read from here" work. */
	readonly canPlay = $derived(this.status === 'stopped' || this.status === 'paused' || this.status === 'playing');

	#engine: SpeechEngine;
	#save: (prefs: SpeechPreferences) => void;
	#stopListening = () => {};

	constructor(engine: SpeechEngine, prefs: SpeechPreferences, save: (prefs: SpeechPreferences) => void = () => {}) {
		this.#engine = engine;
		this.prefs = $state(prefs);
		this.#save = save;
	}

	/** The voice in use: the one chosen for this language, else the best one. */
	get voice(): Voice | undefined {
		return chooseVoice(this.voices, this.prefs.voices[this.lang]);
	}

	/** Settled once the voices are known, or known to be missing: `start()`'s promise. */
	ready: Promise<void> = Promise.resolve();

	/** Waits for the device's voices; the player stays usable when they change later. */
	start(): Promise<void> {
		return (this.ready = this.#waitForVoices());
	}

	async #waitForVoices(): Promise<void> {
		if (!this.#engine.supported) {
			this.status = 'unsupported';
			return;
		}
		this.#stopListening = this.#engine.onVoicesChanged(() => this.#refreshVoices());
		await whenVoicesReady(this.#engine, VOICE_WAIT_MS);
		this.#refreshVoices();
	}

	/**
	 * Sets the article to read; a new language continues from the same sentence group, the same
	 * place in the text (or paragraph, when groups are unknown). With a partner, each paragraph (or
	 * sentence group) is read in the page's language and then in the partner's.
	 */
	load(lang: string, paragraphs: Paragraphs, partner?: PartnerText): void {
		const { paragraphId, group } = this.current ?? {};
		const first = !this.sentences.length;
		this.lang = lang;
		this.partnerLang = partner?.lang ?? '';
		this.sentences = splitArticle(paragraphs, lang, partner);
		const saved = this.prefs.position;
		if (first && saved?.lang === lang) this.index = this.#start(saved.paragraphId) + saved.sentence;
		else this.index = paragraphId ? this.#startOfGroup(paragraphId, group) : 0;
		if (!this.current) this.index = 0;
		this.word = undefined;
		if (this.status !== 'loading' && this.status !== 'unsupported') this.#refreshVoices();
		if (this.status === 'playing') this.#speak();
	}

	/** Stops speaking and stops following the device's voices. */
	dispose(): void {
		this.stop();
		this.#engine.cancel();
		this.#stopListening();
	}

	play(): void {
		if (this.status !== 'stopped' && this.status !== 'paused') return;
		this.finished = false;
		this.error = '';
		this.status = 'playing';
		this.#speak();
	}

	pause(): void {
		if (this.status !== 'playing') return;
		this.#engine.cancel();
		this.status = 'paused';
	}

	toggle(): void {
		if (this.status === 'playing') this.pause();
		else this.play();
	}

	/** Stops and goes back to the start of the paragraph. */
	stop(): void {
		if (this.status !== 'playing' && this.status !== 'paused') return;
		this.#engine.cancel();
		this.status = 'stopped';
		this.#moveTo(this.#start(this.current?.paragraphId));
	}

	next = () => this.#moveTo(this.index + 1);
	previous = () => this.#moveTo(this.index - 1);

	nextParagraph(): void {
		const here = this.current?.paragraphId;
		const next = this.sentences.findIndex((s, i) => i > this.index && s.paragraphId !== here);
		if (next !== -1) this.#moveTo(next);
	}

	/** To the start of this paragraph, or of the previous one when already at the start. */
	previousParagraph(): void {
		const start = this.#start(this.current?.paragraphId);
		if (start < this.index) return this.#moveTo(start);
		const previous = this.sentences[start - 1]?.paragraphId;
		if (previous) this.#moveTo(this.#start(previous));
	}

	/** To the first sentence of a paragraph's sentence group, in the page's language. */
	toGroup(paragraphId: string, group: number): void {
		this.#moveTo(this.#startOfGroup(paragraphId, group));
	}

	readFrom(paragraphId: string): void {
		this.#moveTo(this.#start(paragraphId));
		this.play();
	}

	setRate(rate: number): void {
		this.prefs.rate = Math.round(Math.min(RATE_MAX, Math.max(RATE_MIN, rate)) * 10) / 10;
		this.#save(this.prefs);
		if (this.status === 'playing') this.#speak(); // a rate applies from the next utterance on
	}

	setVoice(id: string): void {
		this.prefs.voices[this.lang] = id;
		this.#save(this.prefs);
		if (this.status === 'playing') this.#speak();
	}

	setOption(option: 'highlight' | 'shortcuts', on: boolean): void {
		this.prefs[option] = on;
		this.#save(this.prefs);
	}

	#start(paragraphId: string | undefined): number {
		const i = this.sentences.findIndex((s) => s.paragraphId === paragraphId);
		return i === -1 ? 0 : i;
	}

	/** The first sentence of a paragraph's group in this language's text, else the paragraph's first. */
	#startOfGroup(paragraphId: string, group: number | undefined): number {
		const i = this.sentences.findIndex((s) => s.paragraphId === paragraphId && !s.lang && s.group === group);
		return group === undefined || i === -1 ? this.#start(paragraphId) : i;
	}

	#moveTo(index: number): void {
		if (index < 0 || index >= this.sentences.length) return;
		this.index = index;
		this.word = undefined;
		this.#rememberPosition();
		if (this.status === 'playing') this.#speak();
	}

	#rememberPosition(): void {
		const sentence = this.current;
		if (!sentence) return;
		this.prefs.position = { lang: this.lang, paragraphId: sentence.paragraphId, sentence: this.index - this.#start(sentence.paragraphId) };
		this.#save(this.prefs);
	}

	/** On to the next sentence, or finished after the last. */
	#advance(): void {
		if (this.index + 1 < this.sentences.length) return this.#moveTo(this.index + 1);
		this.status = 'stopped';
		this.finished = true;
		this.#moveTo(0);
	}

	#refreshVoices(): void {
		this.voices = voicesFor(this.#engine.voices(), this.lang);
		this.partnerVoices = this.partnerLang ? voicesFor(this.#engine.voices(), this.partnerLang) : [];
		if (!this.voices.length) {
			// Never read one language with another's voice.
			if (this.status === 'playing') this.#engine.cancel();
			this.status = 'no-voice';
		} else if (this.status === 'loading' || this.status === 'no-voice') {
			this.status = 'stopped';
		}
	}

	#speak(): void {
		const sentence = this.current;
		if (!sentence) return;
		this.word = undefined;
		const lang = sentence.lang ?? this.lang;
		const voice = sentence.lang ? chooseVoice(this.partnerVoices, this.prefs.voices[lang]) : this.voice;
		// The partner's text without a voice of its own is skipped, never read in the wrong voice.
		if (!voice && sentence.lang) return this.#advance();
		this.#engine.speak(
			{ text: sentence.text, lang, voiceId: voice?.id, rate: this.prefs.rate },
			{
				end: () => this.#advance(),
				boundary: (charIndex, charLength) => {
					const rest = sentence.text.slice(charIndex);
					const length = charLength || rest.search(/[^\p{L}\p{N}'’-]|$/u);
					this.word = { start: sentence.start + charIndex, end: sentence.start + charIndex + length };
				},
				// Our own cancels never get here (the engine drops their events): something else stopped the
				// speech, so the reader can resume from this sentence.
				error: (error) => {
					this.status = 'paused';
					this.error = INTERRUPTIONS.has(error) ? '' : error;
				}
			}
		);
	}
}
