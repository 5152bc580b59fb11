/** Moves to another language's article; from one, the sentence group in view stays where it was on screen. */
import { goto, preloadData } from '$app/navigation';
import { tick } from 'svelte';
import { groupInView, paragraphInView, restoreGroup, restorePosition } from './position';
import type { Span } from './text-range';
import type { Lang } from '$lib/i18n/languages';
import { saveLanguage } from './saved-language';

/**
 * The language the last switch could not open, and whether the device was offline: the page says
 * so and stays as it was. Cleared by the next switch.
 */
export const languageSwitch = $state<{ failed?: { lang: Lang; offline: boolean } }>({});

/** A click the page may take over: the main button, no key held for a new tab or window. */
export function isPlainClick(event: MouseEvent): boolean {
	return event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey);
}

/**
 * `keepPlace`: the paragraph in view stays where it is on screen, or, given `groupsOf` (a paragraph's
 * sentence groups in the page's language at the time it is asked), the sentence group in view.
 */
export async function switchLanguage(lang: Lang, keepPlace: boolean, groupsOf?: (id: string) => Span[] | undefined): Promise<void> {
	const href = `/${lang}/`;
	languageSwitch.failed = undefined;
	// Loaded first, so that a language that cannot be (offline before the reader was saved, a server
	// error) leaves the reader on this page rather than on an error page. Kit answers a failed preload
	// with the current page's data; the navigation after a good one reuses what it loaded.
	const loaded = await preloadData(href).then(
		(result) => result.type === 'loaded' && result.data.lang === lang,
		() => false
	);
	if (!loaded) {
		languageSwitch.failed = { lang, offline: !navigator.onLine };
		return;
	}
	saveLanguage(lang);
	if (!keepPlace) return goto(href);
	const position = paragraphInView();
	const spans = position && groupsOf?.(position.id);
	const group = position && spans && groupInView(position, spans);
	await goto(href, { noScroll: true, keepFocus: true });
	await tick(); // let `<html lang>` change first: the new language's type reflows the page
	if (!position) return;
	const theirs = group && groupsOf?.(position.id);
	if (!(group && theirs && restoreGroup(position.id, theirs, group))) restorePosition(position);
}
