/** The language the reader chose explicitly; `/` always honours it over the browser's languages. */
import { isLang, type Lang } from './languages';

const KEY = 'reader.language';

export function savedLanguage(): Lang | undefined {
	try {
		const value = localStorage.getItem(KEY);
		return isLang(value) ? value : undefined;
	} catch {
		return undefined; // storage blocked or unavailable: behave as if nothing was chosen
	}
}

export function saveLanguage(lang: Lang): void {
	try {
		localStorage.setItem(KEY, lang);
	} catch {
		// Private mode or a full quota: the choice holds for this visit only.
	}
}
