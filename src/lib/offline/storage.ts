/** What is saved on this device: which language pages are cached, how much space, and whether it is kept. */
import { languages, type Lang } from '$lib/i18n/languages';

export interface StorageReport {
	saved: Record<Lang, boolean>;
	usage?: number;
	quota?: number;
	persisted?: boolean;
}

export async function storageReport(): Promise<StorageReport> {
	const saved = Object.fromEntries(
		await Promise.all(
			languages.map(async (lang) => [lang, 'caches' in self && !!(await caches.match(`/${lang}/`, { ignoreSearch: true }))])
		)
	) as Record<Lang, boolean>;
	const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
	const persisted = await navigator.storage?.persisted?.().catch(() => undefined);
	return { saved, usage: estimate?.usage, quota: estimate?.quota, persisted };
}

/** Asks the browser to keep the offline copy; only ever called from a click. */
export async function requestPersistence(): Promise<boolean> {
	return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}

/** "1.2 MB" in the reader's language. */
export function formatBytes(bytes: number, lang: Lang): string {
	const [unit, value] = bytes >= 1e9 ? ['gigabyte', bytes / 1e9] : bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', bytes / 1e3];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
