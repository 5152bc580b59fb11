import type { Lang } from './languages';

/** A calendar date ("2017-02-14") written out for the language, without a time zone shift. */
export function formatDate(isoDate: string, lang: Lang): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The language's decimal separator, found at build time: a browser's first number formatter costs a slow phone ~100 ms. */
export function decimalSeparator(lang: Lang): string {
	return new Intl.NumberFormat(lang).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/** A number to one decimal place ("1.0", "1,5"), as `Intl.NumberFormat` writes it for numbers under 1000. */
export function formatTenths(value: number, decimal: string): string {
	return value.toFixed(1).replace('.', decimal);
}
