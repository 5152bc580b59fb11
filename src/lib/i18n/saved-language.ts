/** The language the reader chose explicitly; `/` always honours it over the browser's languages. */
import { bestLanguage, isLang, languages, type Lang } from './languages';

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

/**
 * The chooser's inline <head> script: a visitor with a saved language, or a browser language we
 * have, goes to that article before the chooser is painted (an installed app starts at `/`, and `/`
 * is the address people share). Without script, or with no match, the chooser stays.
 */
export function frontDoorScript(): string {
	const list = JSON.stringify(languages);
	return (
		`try{var l=null;try{l=localStorage.getItem(${JSON.stringify(KEY)})}catch(e){}` +
		`if(${list}.indexOf(l)<0)l=(${bestLanguage.toString()})(navigator.languages||[navigator.language],${list});` +
		`if(l)location.replace("/"+l+"/"+location.search+location.hash)}catch(e){}`
	);
}
