/** Moves to another language's page and puts the paragraph being read back where it was on screen. */
import { goto } from '$app/navigation';
import type { Lang } from './languages';
import { saveLanguage } from './saved-language';

interface Anchor {
	id: string;
	top: number;
}

/** The first paragraph not yet scrolled past, with its distance from the top of the viewport. */
function paragraphInView(): Anchor | undefined {
	for (const el of document.querySelectorAll<HTMLElement>('[data-paragraph]')) {
		const { top, bottom } = el.getBoundingClientRect();
		if (bottom > 0) return top < window.innerHeight ? { id: el.id, top: Math.max(top, 0) } : undefined;
	}
	return undefined;
}

export async function switchLanguage(href: string, lang: Lang): Promise<void> {
	saveLanguage(lang);
	const anchor = paragraphInView();
	await goto(href, { noScroll: true, keepFocus: true });
	const target = anchor && document.getElementById(anchor.id);
	if (target) window.scrollBy({ top: target.getBoundingClientRect().top - anchor.top, behavior: 'instant' });
}
