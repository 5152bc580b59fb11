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
	return instance.getFixedT(lang, 'common') as Translate;
}
