import { readFileSync } from 'node:fs';
import type { Lang } from './content';

/** The reviewed sentence fixtures: "paragraphId: text" per sentence. */
export function sentencesOf(lang: Lang): { paragraphId: string; text: string }[] {
	const lines: string[] = JSON.parse(readFileSync(`tests/fixtures/sentences/${lang}.json`, 'utf8'));
	return lines.map((line) => {
		const [paragraphId, ...rest] = line.split(': ');
		return { paragraphId, text: rest.join(': ') };
	});
}
