import i18next, { type TFunction } from 'i18next';
import type { Lang } from './languages';

export type Translate = TFunction<'common'>;

/**
 * A translator fixed to one language. Each call gets its own i18next instance,
 * so pages prerendering side by side never share a switched language.
 */
export function createTranslator(lang: Lang, common: object): Translate {
	const instance = i18next.createInstance();
	instance.init({
		lng: lang,
		fallbackLng: false,
		supportedLngs: [lang],
		resources: { [lang]: { common } },
		defaultNS: 'common',
		initAsync: false,
		// Svelte escapes text itself; locale text is never rendered as HTML.
		interpolation: { escapeValue: false }
	});
	return instance.getFixedT(lang, 'common') as Translate;
}
