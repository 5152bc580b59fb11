/** The UI strings of every language, for the few pages that speak all of them (the chooser, the 404 page). */
import { languages, type Lang } from './languages';
import { createTranslator, type Translate } from './translator';

const files = import.meta.glob<object>('/locales/*/common.json', { eager: true, import: 'default' });

export const translators = Object.fromEntries(
	languages.map((lang) => [lang, createTranslator(lang, files[`/locales/${lang}/common.json`])])
) as Record<Lang, Translate>;
