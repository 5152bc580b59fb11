/** Read-aloud preferences, remembered on the device. Each field: range, then default. */
import { field } from '$lib/storage/fields';
import { Persisted } from '$lib/storage/persisted.svelte';

export const RATE_MIN = 0.5;
export const RATE_MAX = 2;
export const RATE_STEP = 0.1;

export interface SpeechPreferences {
	/** 0.5–2; 1 */
	rate: number;
	/** voice id per language; none */
	voices: Record<string, string>;
	/** highlight the sentence being read; on */
	highlight: boolean;
	/** single-key shortcuts (WCAG 2.1.4 lets readers turn them off); on */
	shortcuts: boolean;
	/** where reading stopped: paragraph id and sentence within it, for the language it was read in */
	position?: { lang: string; paragraphId: string; sentence: number };
}

const KEY = 'reader.speech';

export function sanitizeSpeechPreferences(raw: unknown): SpeechPreferences {
	const voices = Object.fromEntries(Object.entries(field.record(raw, 'voices') ?? {}).filter(([, id]) => typeof id === 'string')) as Record<
		string,
		string
	>;
	const position = field.record(raw, 'position');
	const lang = field.string(position, 'lang');
	const paragraphId = field.string(position, 'paragraphId');
	const sentence = field.number(position, 'sentence', 0, 1000);
	return {
		rate: Math.round((field.number(raw, 'rate', RATE_MIN, RATE_MAX) ?? 1) * 10) / 10,
		voices,
		highlight: field.boolean(raw, 'highlight') ?? true,
		shortcuts: field.boolean(raw, 'shortcuts') ?? true,
		position: lang && paragraphId && sentence !== undefined ? { lang, paragraphId, sentence: Math.floor(sentence) } : undefined
	};
}

const saved = new Persisted(KEY, sanitizeSpeechPreferences);

/** What is saved now (another tab's changes included: the shortcuts' on/off is read before the player loads). */
export const loadSpeechPreferences = () => saved.load();
export const saveSpeechPreferences = (prefs: SpeechPreferences) => (saved.current = prefs);
