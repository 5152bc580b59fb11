/** Moves to another language's page and puts the paragraph being read back where it was on screen. */
import { goto } from '$app/navigation';
import { tick } from 'svelte';
import { paragraphInView, restorePosition } from '$lib/content/position';
import type { Lang } from './languages';
import { saveLanguage } from './saved-language';

export async function switchLanguage(href: string, lang: Lang): Promise<void> {
	saveLanguage(lang);
	const position = paragraphInView();
	await goto(href, { noScroll: true, keepFocus: true });
	await tick(); // let `<html lang>` change first: the new language's type reflows the page
	if (position) restorePosition(position);
}
