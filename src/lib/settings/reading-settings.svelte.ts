/** The reader's settings as the page uses them: one instance, persisted, applied to <html> on every change. */
import { readStored, writeStored } from './persisted';
import {
	applyReadingSettings,
	defaultReadingSettings,
	READING_OPTIONS,
	SETTINGS_KEY,
	SETTINGS_VERSION,
	type ReadingSettings
} from './reading';

class ReadingSettingsState {
	/** Replaced whole on every change: a flat record needs no deep reactivity. */
	current: ReadingSettings = $state.raw(defaultReadingSettings());

	/** Takes what the pre-paint script already applied (or the defaults, if storage held nonsense). */
	load(): void {
		this.current = applyReadingSettings(
			document.documentElement,
			readStored(SETTINGS_KEY, (raw) => raw),
			READING_OPTIONS
		);
	}

	set<K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]): void {
		this.current = { ...this.current, [key]: value };
		this.#apply();
	}

	reset(): void {
		this.current = defaultReadingSettings();
		this.#apply();
	}

	#apply(): void {
		this.current = applyReadingSettings(document.documentElement, this.current, READING_OPTIONS);
		writeStored(SETTINGS_KEY, { ...this.current, version: SETTINGS_VERSION });
	}
}

export const readingSettings = new ReadingSettingsState();
