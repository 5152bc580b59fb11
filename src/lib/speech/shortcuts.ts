/**
 * Single-key shortcuts for the player, and for moving through parallel text. Keys are matched on `event.code`, the physical key, so they
 * work the same with Russian or Korean keyboard layouts. They never fire while typing, and the
 * reader can turn them off (WCAG 2.1.4).
 */
export type ShortcutAction =
	| 'toggle'
	| 'previous'
	| 'next'
	| 'previousParagraph'
	| 'nextParagraph'
	| 'previousGroup'
	| 'nextGroup'
	| 'slower'
	| 'faster'
	| 'stop'
	| 'help';

export const SHORTCUTS: { code: string; shift?: boolean; keyLabel: string; action: ShortcutAction }[] = [
	{ code: 'KeyK', keyLabel: 'K', action: 'toggle' },
	{ code: 'KeyJ', keyLabel: 'J', action: 'previous' },
	{ code: 'KeyL', keyLabel: 'L', action: 'next' },
	{ code: 'BracketLeft', keyLabel: '[', action: 'previousParagraph' },
	{ code: 'BracketRight', keyLabel: ']', action: 'nextParagraph' },
	// Parallel text: focus moves group by group (and reading aloud, when under way, goes with it).
	{ code: 'Comma', keyLabel: ',', action: 'previousGroup' },
	{ code: 'Period', keyLabel: '.', action: 'nextGroup' },
	{ code: 'Minus', keyLabel: '−', action: 'slower' },
	{ code: 'Equal', keyLabel: '+', action: 'faster' },
	{ code: 'KeyS', keyLabel: 'S', action: 'stop' },
	{ code: 'Slash', shift: true, keyLabel: '?', action: 'help' }
];

/** Inputs that take no typed characters: a key pressed on one is a shortcut. */
const KEYLESS_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

function isTyping(target: EventTarget | null): boolean {
	const el = target as HTMLElement | null;
	if (el?.tagName === 'INPUT') return !KEYLESS_INPUTS.has((el as HTMLInputElement).type);
	return !!el && (el.isContentEditable || ['TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.repeat || isTyping(event.target)) return undefined;
	// A dialog's keys are its own (the settings panel's radio buttons, say).
	if ((event.target as Element | null)?.closest?.('dialog')) return undefined;
	// Shift is required only where marked ("?" is Shift+/); elsewhere either state works, so "+" (Shift+=) is faster.
	return SHORTCUTS.find((s) => s.code === event.code && (!s.shift || event.shiftKey))?.action;
}
