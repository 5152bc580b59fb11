import type { Lang } from './languages';

/** A calendar date ("2017-02-14") written out for the language, without a time zone shift. */
export function formatDate(isoDate: string, lang: Lang): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
