/** The UI strings of every language, for the few pages that speak all of them (the chooser, the 404 page). */
import { createTranslate, type Translate } from './i18n';
import { languages, sourceLanguage, type Lang } from './languages';

const files = import.meta.glob<object>('/locales/*/common.json', { eager: true, import: 'default' });
const common = (lang: Lang) => ({ common: files[`/locales/${lang}/common.json`] });

export const translators = Object.fromEntries(
	languages.map((lang) => [lang, createTranslate(lang, { [lang]: common(lang), [sourceLanguage]: common(sourceLanguage) })])
) as Record<Lang, Translate>;
