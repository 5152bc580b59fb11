/**
 * Reads i18next bundles (JSON v4: nested keys, `{{name}}` interpolation, `_one`/`_few`/… plural
 * keys chosen by `Intl.PluralRules`) with the few lines those features need. i18next itself is
 * 14 KB of compressed script and about a millisecond per call on a slow phone, paid while the
 * page starts; it stays the reference: a unit test checks every key of every bundle against it.
 */
import type { Lang } from './languages';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const VARIABLE = /{{\s*([\w.]+)\s*}}/g;

function lookup(bundle: object, key: string): unknown {
	let value: unknown = bundle;
	for (const part of key.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
	return value;
}

/** A translator fixed to one language; like i18next, a missing key reads as the key itself. */
export function createTranslator(lang: Lang, common: object): Translate {
	// Made on the first plural: a browser's first Intl object is slow to make, and most strings have no count.
	let plurals: Intl.PluralRules | undefined;
	return (key, options = {}) => {
		const { count } = options;
		const found =
			(typeof count === 'number' &&
				(lookup(common, `${key}_${(plurals ??= new Intl.PluralRules(lang)).select(count)}`) ?? lookup(common, `${key}_other`))) ||
			lookup(common, key);
		if (typeof found !== 'string') return key;
		return found.replace(VARIABLE, (whole, name: string) => (name in options ? String(options[name]) : whole));
	};
}
