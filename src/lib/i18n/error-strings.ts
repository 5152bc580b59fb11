/**
 * The error page's translators, in every language, from the few strings it shows (picked from the
 * bundles at build time: vite.config.ts). Kit loads that page with every other one.
 */
import strings from 'virtual:error-strings';
import { createTranslate, type Translate } from './i18n';
import { languages, sourceLanguage, type Lang } from './languages';

export const errorTranslators = Object.fromEntries(
	languages.map((lang) => [
		lang,
		createTranslate(lang, { [lang]: { common: strings[lang] }, [sourceLanguage]: { common: strings[sourceLanguage] } })
	])
) as Record<Lang, Translate>;
