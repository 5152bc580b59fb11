/** The reader's settings as the page uses them: one instance, saved, applied to <html> on every change, here or in another tab. */
import { Persisted } from '$lib/storage/persisted.svelte';
import {
	applyReadingSettings,
	defaultReadingSettings,
	READING_OPTIONS,
	sanitizeReadingSettings,
	SETTINGS_KEY,
	type ReadingSettings
} from './reading';

class ReadingSettingsState {
	#saved = new Persisted(SETTINGS_KEY, sanitizeReadingSettings, { onchange: () => this.#apply() });

	get current(): ReadingSettings {
		return this.#saved.current;
	}

	/** Takes what the pre-paint script already applied (or the defaults, if storage held nonsense). */
	load(): void {
		this.#saved.load();
		this.#apply();
	}

	set<K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]): void {
		this.#saved.current = { ...this.current, [key]: value };
		this.#apply();
	}

	reset(): void {
		this.#saved.current = defaultReadingSettings();
		this.#apply();
	}

	#apply(): void {
		applyReadingSettings(document.documentElement, this.current, READING_OPTIONS);
	}
}

export const readingSettings = new ReadingSettingsState();
