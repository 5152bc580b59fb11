/** Choosing a voice for a language from the (possibly thousands of) voices a device has. */
import type { Voice } from './engine';

export function primarySubtag(tag: string): string {
	return tag.toLowerCase().split(/[-_]/)[0];
}

/** "ru", "ru-RU", "ko-KR": the language's own variety, before regional ones such as "ru-LV". */
function isHomeVariety(tag: string, primary: string): boolean {
	const region = tag.split(/[-_]/)[1];
	return !region || region.toLowerCase() === primary;
}

/** The language's voices, exact on the primary subtag ("ko" never matches "kok"); local ones first. */
export function voicesFor(voices: readonly Voice[], lang: string): Voice[] {
	const wanted = primarySubtag(lang);
	const home = (v: Voice) => Number(isHomeVariety(v.lang, wanted));
	return voices
		.filter((v) => primarySubtag(v.lang) === wanted)
		.sort(
			(a, b) =>
				Number(b.local) - Number(a.local) || Number(b.isDefault) - Number(a.isDefault) || home(b) - home(a) || a.name.localeCompare(b.name)
		);
}

/** The remembered voice if it is still there, else the best local one, else any. */
export function chooseVoice(candidates: readonly Voice[], rememberedId?: string): Voice | undefined {
	return candidates.find((v) => v.id === rememberedId) ?? candidates[0];
}
