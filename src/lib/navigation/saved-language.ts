/** The language the reader chose explicitly; `/` always honours it over the browser's languages. */
import { Persisted } from '$lib/storage/persisted.svelte';
import { bestLanguage, isLang, languages, type Lang } from '$lib/i18n/languages';

const KEY = 'reader.language';

/** Plain text, not JSON: the chooser's inline script reads it as it is. */
const chosen = new Persisted<Lang | undefined>(KEY, (raw) => (isLang(raw) ? raw : undefined), { text: true });

export function savedLanguage(): Lang | undefined {
	return chosen.load();
}

export function saveLanguage(lang: Lang): void {
	chosen.current = lang;
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
