/**
 * i18next, one instance per language: the pages' strings on the server (prerendering) and in the
 * browser. A key a bundle lacks reads in English (`fallbackLng`), never as the key itself; Svelte
 * escapes what it renders, so i18next does not escape again.
 */
import i18next from 'i18next';
import { sourceLanguage, type Lang } from './languages';

/** A translation function fixed to one language and the `common` namespace. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What an instance reads: a language's `common` bundle, and English for what it lacks. */
export type Resources = Partial<Record<Lang, { common: object }>>;

export function createTranslate(lang: Lang, resources: Resources): Translate {
	const instance = i18next.createInstance();
	// With its resources given and initAsync off, the instance is ready when init returns.
	void instance.init({
		lng: lang,
		fallbackLng: sourceLanguage,
		resources,
		ns: ['common'],
		defaultNS: 'common',
		initAsync: false,
		interpolation: { escapeValue: false }
	});
	const fixed = instance.getFixedT(lang, 'common');
	// A call costs i18next tens of microseconds (a third of a millisecond on a slow phone), and the page
	// asks for the same strings again whenever it renders them: an instance's answers never change.
	const answers = new Map<string, string>();
	return (key, options) => {
		const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
		let answer = answers.get(id);
		if (answer === undefined) answers.set(id, (answer = String(fixed(key, options))));
		return answer;
	};
}

const made = new Map<Lang, { text: string; translate: Translate }>();

/** The language's translator, made once for the same strings: switching back to a language reuses it. */
export function translateFor(lang: Lang, resources: Resources): Translate {
	const text = JSON.stringify(resources);
	const known = made.get(lang);
	if (known?.text === text) return known.translate;
	const translate = createTranslate(lang, resources);
	made.set(lang, { text, translate });
	return translate;
}
