/** A speech engine the test drives by hand: it records what was spoken and fires events on request. */
import type { SpeechEngine, Utterance, UtteranceEvents, Voice } from '../../src/lib/speech/engine';

export const voice = (id: string, lang: string, local = true, isDefault = false): Voice => ({ id, name: id, lang, local, isDefault });

export class FakeEngine implements SpeechEngine {
	supported = true;
	spoken: Utterance[] = [];
	cancels = 0;
	#voices: Voice[];
	#listeners = new Set<() => void>();
	#current?: UtteranceEvents;

	constructor(voices: Voice[] = []) {
		this.#voices = voices;
	}

	voices(): Voice[] {
		return this.#voices;
	}

	setVoices(voices: Voice[]): void {
		this.#voices = voices;
		for (const listener of this.#listeners) listener();
	}

	onVoicesChanged(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	speak(utterance: Utterance, events: UtteranceEvents): void {
		this.spoken.push(utterance);
		this.#current = events;
	}

	cancel(): void {
		this.cancels++;
		this.#current = undefined;
	}

	/** The last utterance's text. */
	get last(): string | undefined {
		return this.spoken.at(-1)?.text;
	}

	/** Plays the current utterance to its end. */
	finish(): void {
		const events = this.#current;
		this.#current = undefined;
		events?.start?.();
		events?.end();
	}

	boundary(charIndex: number, charLength = 0): void {
		this.#current?.boundary(charIndex, charLength);
	}

	fail(error: string): void {
		const events = this.#current;
		this.#current = undefined;
		events?.error(error);
	}
}
