/**
 * The error page's translators, in every language, from the few strings it shows (picked from the
 * bundles at build time: vite.config.ts). Kit loads that page with every other one.
 */
import strings from 'virtual:error-strings';
import { languages, type Lang } from './languages';
import { createTranslator, type Translate } from './translator';

export const errorTranslators = Object.fromEntries(languages.map((lang) => [lang, createTranslator(lang, strings[lang])])) as Record<
	Lang,
	Translate
>;
