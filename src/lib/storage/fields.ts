/** Helpers for the sanitizers of saved values (`Persisted`): a field of the right type, or undefined. */
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
