/**
 * The Web Speech API behind the engine interface. Its quirks stay in this file:
 * - Chrome garbage-collects an utterance that nothing references, and its events never fire
 *   (crbug.com/509488): the current utterance is kept in a field.
 * - Cancelling fires "end" or an "interrupted"/"canceled" error on the old utterance, sometimes
 *   after the next one started: events are only passed on for the current utterance.
 * - Android ignores utterance.voice unless utterance.lang is set too: both are always set.
 */
import type { SpeechEngine, Utterance, UtteranceEvents, Voice } from './engine';

export class WebSpeechEngine implements SpeechEngine {
	#current?: SpeechSynthesisUtterance;
	#voices?: SpeechSynthesisVoice[];

	get supported(): boolean {
		return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
	}

	voices(): Voice[] {
		if (!this.supported) return [];
		this.#voices = speechSynthesis.getVoices();
		return this.#voices.map((v) => ({ id: v.voiceURI, name: v.name, lang: v.lang, local: v.localService, isDefault: v.default }));
	}

	onVoicesChanged(listener: () => void): () => void {
		if (!this.supported) return () => {};
		speechSynthesis.addEventListener('voiceschanged', listener);
		return () => speechSynthesis.removeEventListener('voiceschanged', listener);
	}

	speak({ text, lang, voiceId, rate }: Utterance, events: UtteranceEvents): void {
		this.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.lang = lang;
		utterance.rate = rate;
		const voice = (this.#voices ?? speechSynthesis.getVoices()).find((v) => v.voiceURI === voiceId);
		if (voice) utterance.voice = voice;
		const current = () => this.#current === utterance;
		utterance.onstart = () => current() && events.start?.();
		utterance.onend = () => {
			if (!current()) return;
			this.#current = undefined;
			events.end();
		};
		utterance.onboundary = (e) => current() && e.name !== 'sentence' && events.boundary(e.charIndex, e.charLength ?? 0);
		utterance.onerror = (e) => {
			if (!current()) return;
			this.#current = undefined;
			events.error(e.error);
		};
		this.#current = utterance;
		speechSynthesis.speak(utterance);
	}

	cancel(): void {
		if (!this.supported) return;
		this.#current = undefined;
		speechSynthesis.cancel();
	}
}
