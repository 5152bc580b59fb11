/** Moves to another language's page and puts the paragraph being read back where it was on screen. */
import { goto } from '$app/navigation';
import { tick } from 'svelte';
import type { Lang } from './languages';
import { saveLanguage } from './saved-language';

interface Anchor {
	id: string;
	top: number;
}

/** The first paragraph not hidden under the sticky header, with its distance from the top of the viewport. */
function paragraphInView(): Anchor | undefined {
	for (const el of document.querySelectorAll<HTMLElement>('[data-paragraph]')) {
		const covered = parseFloat(getComputedStyle(el).scrollMarginTop) || 0;
		const { top, bottom } = el.getBoundingClientRect();
		if (bottom > covered) return top < window.innerHeight ? { id: el.id, top: Math.max(top, covered) } : undefined;
	}
	return undefined;
}

export async function switchLanguage(href: string, lang: Lang): Promise<void> {
	saveLanguage(lang);
	const anchor = paragraphInView();
	await goto(href, { noScroll: true, keepFocus: true });
	await tick(); // let `<html lang>` change first: the new language's type reflows the page
	const target = anchor && document.getElementById(anchor.id);
	if (target) window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - anchor.top, behavior: 'instant' });
}
