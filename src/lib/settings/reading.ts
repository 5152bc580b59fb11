/**
 * Reading settings: each one a short list of allowed values, the first being the default. They are
 * applied to <html> as data attributes and CSS variables, by the same function twice: inlined in
 * every page's <head> so saved settings apply before the first paint (no flash, no layout shift),
 * and from the settings panel when the reader changes them.
 */

export const READING_OPTIONS = {
	theme: ['auto', 'light', 'dark', 'sepia', 'contrast'],
	font: ['system', 'serif', 'hyperlegible'],
	/** percent of the base text size */
	size: [100, 112, 125, 150, 175, 200, 250, 87],
	/** line height */
	line: [1.7, 1.5, 1.9, 2.2],
	/** letter spacing, em */
	letter: [0, 0.05, 0.12],
	/** word spacing, em */
	word: [0, 0.08, 0.16],
	/** space after each paragraph, em */
	paragraph: [1.25, 2, 2.75],
	/** column width, in characters of the page language */
	width: [68, 56, 84],
	ruler: [false, true]
} as const;

type Options = typeof READING_OPTIONS;
export type ReadingSettings = { -readonly [K in keyof Options]: Options[K][number] };

export const SETTINGS_KEY = 'reader.settings';

/**
 * Sanitizes `raw` (anything) against `options` and applies it to `root`. Self-contained: it is
 * also serialised into the pre-paint script, so it may use nothing from outside its arguments.
 */
export function applyReadingSettings(root: HTMLElement, raw: unknown, options: Options): ReadingSettings {
	const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	const settings = {} as Record<string, unknown>;
	for (const key of Object.keys(options) as (keyof Options)[]) {
		const allowed = options[key] as readonly unknown[];
		settings[key] = allowed.includes(source[key]) ? source[key] : allowed[0];
	}
	const s = settings as ReadingSettings;
	// What the pre-paint script already wrote is not written again: any write to <html>, even of the
	// same value, restyles the whole page, a slow phone's tens of milliseconds while the page starts.
	const data = (name: string, value: string) => root.dataset[name] !== value && (root.dataset[name] = value);
	const style = (name: string, value: string) => root.style.getPropertyValue(name) !== value && root.style.setProperty(name, value);
	data('theme', s.theme);
	data('font', s.font);
	data('ruler', String(s.ruler));
	style('--text-scale', String(s.size / 100));
	style('--line-height', String(s.line));
	style('--letter-spacing', `${s.letter}em`);
	style('--word-spacing', `${s.word}em`);
	style('--paragraph-spacing', `${s.paragraph}em`);
	style('--measure-chars', String(s.width));
	return s;
}

/** Each field one of its allowed values, or its default: what `applyReadingSettings` applies. */
export function sanitizeReadingSettings(raw: unknown): ReadingSettings {
	const source = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
	return Object.fromEntries(
		Object.entries(READING_OPTIONS).map(([key, allowed]) => [
			key,
			(allowed as readonly unknown[]).includes(source[key]) ? source[key] : allowed[0]
		])
	) as ReadingSettings;
}

export const defaultReadingSettings = (): ReadingSettings =>
	Object.fromEntries(Object.entries(READING_OPTIONS).map(([key, values]) => [key, values[0]])) as ReadingSettings;

/** The inline <head> script: read, sanitize, apply; any failure leaves the defaults from the CSS. */
export function prePaintScript(): string {
	return `try{(${applyReadingSettings.toString()})(document.documentElement,JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_KEY)})),${JSON.stringify(READING_OPTIONS)})}catch(e){}`;
}
