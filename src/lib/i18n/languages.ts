/** The languages the reader ships, in switcher order. English is the source. */
export const languages = ['en', 'ru', 'ko'] as const;
export type Lang = (typeof languages)[number];
export const sourceLanguage: Lang = 'en';

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first of the reader's preferred languages we have, matched on the primary subtag exactly
 * ("ko-KR" is Korean; "kok", Konkani, is not). Self-contained, with `available` given, for the
 * chooser's inline script (saved-language.ts).
 */
export function bestLanguage(preferences: readonly string[], available: readonly string[] = languages): Lang | undefined {
	for (const tag of preferences) {
		const primary = String(tag).toLowerCase().split(/[-_]/)[0];
		if (available.includes(primary)) return primary as Lang;
	}
	return undefined;
}

/** Each language named in itself, as the switcher shows it. */
export const autonyms: Record<Lang, string> = { en: 'English', ru: 'Русский', ko: '한국어' };
