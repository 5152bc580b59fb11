import { afterEach, describe, expect, test, vi } from 'vitest';
import { voicesFor } from '../../src/lib/speech/voices';
import { voiceIds, WebSpeechEngine } from '../../src/lib/speech/web-speech';

// Lists as engines give them: WebKit and some Android engines leave names or voiceURIs empty, and
// more than one voice may share a voiceURI. (Node has no speechSynthesis: the list is the stand-in.)
const oddVoices = [
	{ voiceURI: '', name: '', lang: 'ko-KR', localService: true, default: false },
	{ voiceURI: '', name: '', lang: 'ko-KR', localService: true, default: false },
	{ voiceURI: 'same', name: 'Yuna', lang: 'ko-KR', localService: true, default: true },
	{ voiceURI: 'same', name: 'Yuna (Enhanced)', lang: 'ko-KR', localService: true, default: false },
	{ voiceURI: 'urn:moz-tts:speechd:Russian', name: 'Russian', lang: 'ru', localService: true, default: false }
] as unknown as SpeechSynthesisVoice[];

describe('voices from any engine', () => {
	afterEach(() => vi.unstubAllGlobals());

	test('every voice gets an id of its own, the same on every call', () => {
		const ids = voiceIds(oddVoices);
		expect(new Set(ids).size).toBe(oddVoices.length);
		expect(voiceIds(oddVoices)).toEqual(ids);
		expect(ids[4]).toBe('urn:moz-tts:speechd:Russian');
	});

	test('a voice without a name is listed with something to show, and chosen by its id', () => {
		const spoken: SpeechSynthesisUtterance[] = [];
		vi.stubGlobal('speechSynthesis', { getVoices: () => oddVoices, speak: (u: SpeechSynthesisUtterance) => spoken.push(u), cancel() {} });
		vi.stubGlobal(
			'SpeechSynthesisUtterance',
			class {
				voice?: SpeechSynthesisVoice;
				constructor(readonly text: string) {}
			}
		);
		const engine = new WebSpeechEngine();
		const voices = engine.voices();
		expect(voices.every((v) => v.name.length > 0 && v.id.length > 0)).toBe(true);
		const korean = voicesFor(voices, 'ko');
		expect(korean).toHaveLength(4);
		const second = voices[1];
		engine.speak({ text: '안녕하세요.', lang: 'ko', voiceId: second.id, rate: 1 }, { end() {}, boundary() {}, error() {} });
		expect(spoken[0].voice).toBe(oddVoices[1]);
	});
});
