/**
 * Checks a set of locale bundles against the source language: the same keys,
 * nothing empty, the same paragraph ids and sentence groups, the same interpolation
 * variables and every plural form the language needs. Used by the build and by unit tests.
 */
import { languages, sourceLanguage } from './languages.ts';

/** language → namespace → parsed JSON */
export type BundleSet = Record<string, Record<string, unknown>>;
export interface Problem {
	file: string;
	key?: string;
	message: string;
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_SUFFIX = new RegExp(`^(.*)_(${PLURAL_FORMS.join('|')})$`);
const VARIABLE = /{{\s*([\w.]+)\s*(?:,[^}]*)?}}/g;
/** Keys a language may have or leave out: a term is an abbreviation in one language and not in another. */
const OPTIONAL = /\.expansion$/;

type Leaves = Map<string, unknown>;

/** Flattens nested objects to dotted keys; arrays of `{ id }` objects are keyed by id. */
function flatten(value: unknown, prefix = '', out: Leaves = new Map()): Leaves {
	if (Array.isArray(value)) {
		value.forEach((item, index) => {
			const id = item && typeof item === 'object' && 'id' in item ? String(item.id) : String(index);
			flatten(item, `${prefix}[${id}]`, out);
		});
	} else if (value && typeof value === 'object') {
		for (const [key, child] of Object.entries(value)) {
			flatten(child, prefix ? `${prefix}.${key}` : key, out);
		}
	} else {
		out.set(prefix, value);
	}
	return out;
}

/** Groups plural forms under their base key: "readingTime_few" → "readingTime". */
function group(leaves: Leaves): Map<string, Map<string, unknown>> {
	const groups = new Map<string, Map<string, unknown>>();
	for (const [key, value] of leaves) {
		const match = PLURAL_SUFFIX.exec(key);
		const [base, form] = match ? [match[1], match[2]] : [key, ''];
		if (!groups.has(base)) groups.set(base, new Map());
		groups.get(base)!.set(form, value);
	}
	return groups;
}

function variables(values: Iterable<unknown>): string {
	const names = new Set<string>();
	for (const value of values) {
		if (typeof value === 'string') for (const m of value.matchAll(VARIABLE)) names.add(m[1]);
	}
	return [...names].sort().join(', ');
}

/** Every glossary entry must point at words that are really in the article. */
function glossaryProblems(bundle: unknown, file: string): Problem[] {
	const { paragraphs, glossary } = (bundle ?? {}) as { paragraphs?: unknown; glossary?: unknown };
	if (!Array.isArray(paragraphs) || !Array.isArray(glossary)) return [];
	const text = paragraphs.map((p) => Object.values(groupsOf(p) ?? {}).join(' ')).join('\n');
	return glossary.flatMap((entry: { id?: unknown; match?: unknown }) =>
		typeof entry?.match === 'string' && entry.match && !text.includes(entry.match)
			? [{ file, key: `glossary[${String(entry.id)}].match`, message: `"${entry.match}" does not occur in the article's paragraphs` }]
			: []
	);
}

/** A paragraph's sentence groups, id → text, when it has them as an object. */
function groupsOf(paragraph: unknown): Record<string, unknown> | undefined {
	const groups = (paragraph as { groups?: unknown })?.groups;
	return groups && typeof groups === 'object' && !Array.isArray(groups) ? (groups as Record<string, unknown>) : undefined;
}

/**
 * Each paragraph is a list of sentence groups, aligned with the source language's: the same ids in
 * the same order (switching language and listening in two find the same place by them), and no id
 * twice in the article.
 */
function groupProblems(bundle: unknown, reference: unknown, file: string, isSource: boolean): Problem[] {
	const paragraphs = (bundle as { paragraphs?: unknown })?.paragraphs;
	if (!Array.isArray(paragraphs)) return [];
	const referenceGroups = new Map(
		((reference as { paragraphs?: unknown })?.paragraphs as unknown[] | undefined)?.map((p) => [
			String((p as { id?: unknown })?.id),
			Object.keys(groupsOf(p) ?? {})
		]) ?? []
	);
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const paragraph of paragraphs) {
		const id = String((paragraph as { id?: unknown })?.id ?? '');
		const groups = groupsOf(paragraph);
		const key = `paragraphs[${id}].groups`;
		if (!groups || !Object.keys(groups).length) {
			problems.push({ file, key, message: 'a paragraph needs its text as sentence groups: { "group-id": "text", … }' });
			continue;
		}
		const ids = Object.keys(groups);
		for (const group of ids) {
			if (seen.has(group)) problems.push({ file, key: `${key}.${group}`, message: 'group id used twice in the article' });
			seen.add(group);
		}
		const expected = referenceGroups.get(id);
		if (!isSource && expected && ids.join() !== expected.join()) {
			problems.push({
				file,
				key,
				message: `sentence groups differ from ${sourceLanguage}: expected [${expected.join(', ')}], found [${ids.join(', ')}]`
			});
		}
	}
	return problems;
}

function paragraphIds(bundle: unknown): string[] | undefined {
	const paragraphs = (bundle as { paragraphs?: unknown })?.paragraphs;
	if (!Array.isArray(paragraphs)) return undefined;
	return paragraphs.map((p) => String((p as { id?: unknown })?.id ?? ''));
}

export function validateBundles(bundles: BundleSet, expected: readonly string[] = languages): Problem[] {
	const problems: Problem[] = [];
	const reference = bundles[sourceLanguage] ?? {};
	for (const lang of expected) {
		if (!bundles[lang]) problems.push({ file: `${lang}/`, message: 'no bundles for this language' });
	}
	const namespaces = new Set(Object.values(bundles).flatMap((b) => Object.keys(b)));

	for (const ns of namespaces) {
		const refGroups = group(flatten(reference[ns]));
		const refIds = paragraphIds(reference[ns]);
		for (const lang of Object.keys(bundles)) {
			const file = `${lang}/${ns}.json`;
			if (!(ns in bundles[lang])) {
				problems.push({ file, message: 'file is missing' });
				continue;
			}
			const bundle = bundles[lang][ns];
			const ids = paragraphIds(bundle);
			if (lang !== sourceLanguage && refIds && ids?.join() !== refIds.join()) {
				problems.push({
					file,
					key: 'paragraphs',
					message: `paragraph ids differ from ${sourceLanguage}: expected [${refIds.join(', ')}], found [${ids?.join(', ') ?? 'none'}]`
				});
			}
			problems.push(...glossaryProblems(bundle, file));
			problems.push(...groupProblems(bundle, reference[ns], file, lang === sourceLanguage));
			const groups = group(flatten(bundle));
			const categories: string[] = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			const needed = PLURAL_FORMS.filter((form) => categories.includes(form));
			for (const [key, forms] of groups) {
				for (const [form, value] of forms) {
					const full = form ? `${key}_${form}` : key;
					if (typeof value !== 'string') problems.push({ file, key: full, message: 'is not a string' });
					else if (value.trim() === '') problems.push({ file, key: full, message: 'is empty' });
				}
				const ref = refGroups.get(key);
				if (!ref) {
					if (OPTIONAL.test(key)) continue;
					if (lang !== sourceLanguage) problems.push({ file, key, message: `extra key: not in ${sourceLanguage}/${ns}.json` });
					continue;
				}
				const isPlural = [...ref.keys()].some((form) => form !== '');
				if (isPlural) {
					const missing = needed.filter((form) => !forms.has(form));
					if (missing.length) {
						problems.push({
							file,
							key,
							message: `missing plural form${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${lang} needs ${needed.join(', ')})`
						});
					}
				}
				if (lang !== sourceLanguage) {
					const want = variables(ref.values());
					const have = variables(forms.values());
					if (want !== have) {
						problems.push({ file, key, message: `interpolation variables differ: expected {${want}}, found {${have}}` });
					}
				}
			}
			if (lang === sourceLanguage) continue;
			for (const key of refGroups.keys()) {
				if (!groups.has(key) && !OPTIONAL.test(key))
					problems.push({ file, key, message: `missing key (present in ${sourceLanguage}/${ns}.json)` });
			}
		}
	}
	return problems;
}

export function formatProblems(problems: Problem[]): string {
	return problems.map((p) => `  ${p.file}${p.key ? ` ${p.key}` : ''}: ${p.message}`).join('\n');
}
