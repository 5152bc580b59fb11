import { describe, expect, it } from 'vitest';
import { failedModule, importAgain } from '../../src/lib/offline/import-again';

describe('importAgain', () => {
	it('finds the module each engine names in its error', () => {
		const url = 'http://localhost:4173/_app/immutable/chunks/BmDuz4Tj.js';
		expect(failedModule(new TypeError(`Failed to fetch dynamically imported module: ${url}`))).toBe(url);
		expect(failedModule(new TypeError(`error loading dynamically imported module: ${url}`))).toBe(url);
		expect(failedModule(new TypeError('Importing a module script failed.'))).toBeUndefined();
	});

	it('tries the same import again when the error names no module, and passes on each failure', async () => {
		let calls = 0;
		const load = importAgain(async () => {
			calls++;
			if (calls < 3) throw new TypeError('Importing a module script failed.');
			return { default: 'component' };
		}, 'default');
		await expect(load()).rejects.toThrow('Importing');
		await expect(load()).rejects.toThrow('Importing');
		await expect(load()).resolves.toEqual({ default: 'component' });
		expect(calls).toBe(3);
	});
});
