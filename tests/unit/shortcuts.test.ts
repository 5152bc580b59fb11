import { describe, expect, test } from 'vitest';
import { shortcutFor } from '../../src/lib/speech/shortcuts';

const key = (code: string, extra: Partial<KeyboardEvent> = {}) =>
	({
		code,
		shiftKey: false,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		isComposing: false,
		repeat: false,
		target: null,
		...extra
	}) as KeyboardEvent;

describe('player shortcuts', () => {
	test.each([
		['KeyK', false, 'toggle'],
		['KeyL', false, 'next'],
		['BracketRight', false, 'nextParagraph'],
		['Period', false, 'nextGroup'],
		['Comma', false, 'previousGroup'],
		['Equal', false, 'faster'],
		['Equal', true, 'faster'], // "+" is Shift+= on most layouts
		['Minus', false, 'slower'],
		['Slash', true, 'help'],
		['Slash', false, undefined]
	])('%s with Shift %s is %s', (code, shiftKey, action) => {
		expect(shortcutFor(key(code, { shiftKey }))).toBe(action);
	});

	test('never fire with a modifier, while composing, or while typing in a field', () => {
		expect(shortcutFor(key('KeyK', { ctrlKey: true }))).toBeUndefined();
		expect(shortcutFor(key('KeyK', { isComposing: true }))).toBeUndefined();
		expect(shortcutFor(key('KeyK', { target: { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget }))).toBeUndefined();
		expect(shortcutFor(key('KeyK', { target: { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget }))).toBeUndefined();
		expect(shortcutFor(key('KeyK', { target: { tagName: 'SELECT', isContentEditable: false } as unknown as EventTarget }))).toBeUndefined();
	});

	test('fire on a check box or a radio button, which take no typed characters', () => {
		for (const type of ['checkbox', 'radio'])
			expect(shortcutFor(key('Period', { target: { tagName: 'INPUT', type, isContentEditable: false } as unknown as EventTarget }))).toBe(
				'nextGroup'
			);
		expect(
			shortcutFor(key('Period', { target: { tagName: 'INPUT', type: 'text', isContentEditable: false } as unknown as EventTarget }))
		).toBeUndefined();
	});
});
