/**
 * One JSON value in localStorage. Storage may be missing, full or hold anything (an older version,
 * a hand edit, a broken write): reading never throws, and `sanitize` turns whatever is there into
 * a valid value, falling back to defaults field by field.
 */
export function readStored<T>(key: string, sanitize: (raw: unknown) => T): T {
	let raw: unknown;
	try {
		raw = JSON.parse(localStorage.getItem(key) ?? 'null');
	} catch {
		raw = null;
	}
	return sanitize(raw);
}

export function writeStored(key: string, value: unknown): void {
	try {
		localStorage.setItem(key, JSON.stringify(value));
	} catch {
		// Private mode or a full quota: the setting holds until the page closes.
	}
}

/** Helpers for sanitizers: a field of the right type, or undefined. */
export const field = {
	number(raw: unknown, key: string, min: number, max: number): number | undefined {
		const value = (raw as Record<string, unknown> | null)?.[key];
		return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : undefined;
	},
	boolean(raw: unknown, key: string): boolean | undefined {
		const value = (raw as Record<string, unknown> | null)?.[key];
		return typeof value === 'boolean' ? value : undefined;
	},
	string(raw: unknown, key: string): string | undefined {
		const value = (raw as Record<string, unknown> | null)?.[key];
		return typeof value === 'string' ? value : undefined;
	},
	record(raw: unknown, key: string): Record<string, unknown> | undefined {
		const value = (raw as Record<string, unknown> | null)?.[key];
		return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
	}
};
