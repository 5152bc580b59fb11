/**
 * The Web Speech API behind the engine interface. Its quirks stay in this file:
 * - Chrome garbage-collects an utterance that nothing references, and its events never fire
 *   (crbug.com/509488): the current utterance is kept in a field.
 * - Cancelling fires "end" or an "interrupted"/"canceled" error on the old utterance, sometimes
 *   after the next one started: events are only passed on for the current utterance.
 * - Android ignores utterance.voice unless utterance.lang is set too: both are always set.
 * - Engines list voices their own way: a voice may lack a name, a voiceURI or a lang, and two may
 *   share a voiceURI. Each gets an id of its own and a name to show (voiceIds).
 */
import type { SpeechEngine, Utterance, UtteranceEvents, Voice } from './engine';

export class WebSpeechEngine implements SpeechEngine {
	#current?: SpeechSynthesisUtterance;
	#voices: { id: string; voice: SpeechSynthesisVoice }[] = [];

	get supported(): boolean {
		return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
	}

	voices(): Voice[] {
		if (!this.supported) return [];
		const voices = speechSynthesis.getVoices();
		const ids = voiceIds(voices);
		this.#voices = voices.map((voice, i) => ({ id: ids[i], voice }));
		return voices.map((v, i) => ({
			id: ids[i],
			name: v.name || v.voiceURI || v.lang || ids[i],
			lang: v.lang ?? '',
			local: !!v.localService,
			isDefault: !!v.default
		}));
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
		if (!this.#voices.length) this.voices();
		const voice = this.#voices.find((v) => v.id === voiceId)?.voice;
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

/** One id per voice, the same on every call for the same list: its voiceURI, else its name and language; repeats numbered. */
export function voiceIds(voices: readonly Pick<SpeechSynthesisVoice, 'voiceURI' | 'name' | 'lang'>[]): string[] {
	const seen = new Map<string, number>();
	return voices.map((v) => {
		const base = v.voiceURI || `${v.name ?? ''}|${v.lang ?? ''}`;
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		return count ? `${base}#${count + 1}` : base;
	});
}
