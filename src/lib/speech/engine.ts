/** What the player needs from a speech engine. The Web Speech API is the real one; tests use a fake. */

export interface Voice {
	id: string;
	name: string;
	/** BCP 47 tag, as the engine reports it. */
	lang: string;
	/** Runs on the device, so it works offline. */
	local: boolean;
	isDefault: boolean;
}

export interface Utterance {
	text: string;
	lang: string;
	voiceId?: string;
	/** 0.5 to 2, 1 is normal. */
	rate: number;
}

export interface UtteranceEvents {
	start?(): void;
	end(): void;
	/** A word began at this offset into the utterance's text; many voices never send it. */
	boundary(charIndex: number, charLength: number): void;
	error(error: string): void;
}

export interface SpeechEngine {
	readonly supported: boolean;
	voices(): Voice[];
	/** Returns a function that unsubscribes. */
	onVoicesChanged(listener: () => void): () => void;
	/** Speaks one utterance, cancelling any other; events of a cancelled utterance are never delivered. */
	speak(utterance: Utterance, events: UtteranceEvents): void;
	cancel(): void;
}

/** Resolves with the voices once there are some, or with none after `timeoutMs`. */
export function whenVoicesReady(engine: SpeechEngine, timeoutMs: number): Promise<Voice[]> {
	return new Promise((resolve) => {
		if (engine.voices().length) return resolve(engine.voices());
		const timer = setTimeout(() => {
			off();
			resolve(engine.voices());
		}, timeoutMs);
		const off = engine.onVoicesChanged(() => {
			if (!engine.voices().length) return;
			clearTimeout(timer);
			off();
			resolve(engine.voices());
		});
	});
}
