import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { field } from '../../src/lib/storage/fields';
import { Persisted } from '../../src/lib/storage/persisted.svelte';

/** A Storage over a Map; `failing` makes every call throw, as a blocked or full storage does. */
function memoryStorage(failing?: 'get' | 'set') {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => {
			if (failing === 'get') throw new DOMException('blocked', 'SecurityError');
			return items.get(key) ?? null;
		},
		setItem: (key: string, value: string) => {
			if (failing) throw new DOMException('full', 'QuotaExceededError');
			items.set(key, value);
		},
		removeItem: (key: string) => items.delete(key)
	};
}

const sanitize = (raw: unknown) => ({ size: field.number(raw, 'size', 50, 300) ?? 100, dark: field.boolean(raw, 'dark') ?? false });
let events: EventTarget;

beforeEach(() => {
	events = new EventTarget();
	vi.stubGlobal('window', globalThis);
	vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
});
afterEach(() => vi.unstubAllGlobals());

/** What the browser tells a tab when another tab saved under `key`. */
function otherTabSaved(key: string | null, newValue: string | null) {
	events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
}

describe('a saved value', () => {
	test('reads what storage holds, field by field, and writes what is set', () => {
		const storage = memoryStorage();
		storage.items.set('k', JSON.stringify({ size: 900, dark: true, stray: 1 }));
		vi.stubGlobal('localStorage', storage);
		const saved = new Persisted('k', sanitize);
		expect(saved.current).toEqual({ size: 100, dark: false });
		expect(saved.load()).toEqual({ size: 300, dark: true });
		saved.current = { size: 125, dark: false };
		expect(JSON.parse(storage.items.get('k')!)).toEqual({ size: 125, dark: false });
	});

	test('falls back to its default when storage holds nonsense, and never throws', () => {
		const storage = memoryStorage();
		storage.items.set('k', '{"size": 1');
		vi.stubGlobal('localStorage', storage);
		expect(new Persisted('k', sanitize).load()).toEqual({ size: 100, dark: false });
	});

	test('holds a value for the page when storage is blocked or full', () => {
		for (const failing of ['get', 'set'] as const) {
			vi.stubGlobal('localStorage', memoryStorage(failing));
			const saved = new Persisted('k', sanitize);
			expect(saved.load()).toEqual({ size: 100, dark: false });
			saved.current = { size: 150, dark: true };
			expect(saved.current).toEqual({ size: 150, dark: true });
		}
	});

	test('follows what another tab saves under its key, and says so', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		const onchange = vi.fn();
		const saved = new Persisted('k', sanitize, { onchange });
		saved.load();
		otherTabSaved('other', JSON.stringify({ size: 200 }));
		expect(saved.current.size).toBe(100);
		otherTabSaved('k', JSON.stringify({ size: 200, dark: true }));
		expect(saved.current).toEqual({ size: 200, dark: true });
		otherTabSaved(null, null);
		expect(saved.current).toEqual({ size: 100, dark: false });
		expect(onchange).toHaveBeenCalledTimes(2);
	});

	test('as plain text, in the session, and forgotten when cleared', () => {
		const session = memoryStorage();
		vi.stubGlobal('sessionStorage', session);
		const saved = new Persisted('lang', (raw) => (raw === 'ko' || raw === 'ru' ? raw : undefined), { text: true, session: true });
		saved.current = 'ko';
		expect(session.items.get('lang')).toBe('ko');
		expect(saved.load()).toBe('ko');
		saved.clear();
		expect(session.items.has('lang')).toBe(false);
		expect(saved.load()).toBeUndefined();
	});
});
