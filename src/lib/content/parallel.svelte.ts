/** Parallel reading: the language shown beside the page's own, and whether reading aloud uses both. */
import { isLang, type Lang } from '$lib/i18n/languages';
import type { Article } from './article';
import { loadArticle } from './translations';
import { field } from '$lib/storage/fields';
import { Persisted } from '$lib/storage/persisted.svelte';

const PARALLEL_KEY = 'reader.parallel';

/** Listening in both languages takes turns paragraph by paragraph, or sentence group by group. */
export type Alternation = 'paragraph' | 'group';

export interface ParallelSettings {
	/** '' when parallel text is off. */
	partner: Lang | '';
	listenBoth: boolean;
	alternate: Alternation;
}

function sanitize(raw: unknown): ParallelSettings {
	const partner = field.string(raw, 'partner');
	return {
		partner: isLang(partner) ? partner : '',
		listenBoth: field.boolean(raw, 'listenBoth') ?? false,
		alternate: field.string(raw, 'alternate') === 'group' ? 'group' : 'paragraph'
	};
}

/** The id of a paragraph's counterpart in another language, for links and the read-aloud highlight. */
export const counterpartId = (paragraphId: string, lang: string) => `${paragraphId}--${lang}`;

class ParallelState {
	#saved = new Persisted(PARALLEL_KEY, sanitize);

	get current(): ParallelSettings {
		return this.#saved.current;
	}

	load(): void {
		this.#saved.load();
	}

	/** The partner for a page in `lang`: none when it is the page's own language. */
	partnerFor(lang: Lang): Lang | undefined {
		const { partner } = this.current;
		return partner && partner !== lang ? partner : undefined;
	}

	set<K extends keyof ParallelSettings>(key: K, value: ParallelSettings[K]): void {
		this.#saved.current = { ...this.current, [key]: value };
	}
}

export const parallel = new ParallelState();

/**
 * The partner language's article beside a page, loaded (or served offline) when parallel text is on.
 * Made while a component initializes: it loads again whenever `partnerLang` gives another language.
 */
export class PartnerArticle {
	shown: { lang: Lang; article: Article } | undefined = $state.raw();
	/** Could not be loaded (offline before it was saved): `retry` tries again. */
	failed = $state(false);
	/** Each paragraph's counterpart, by paragraph id. */
	readonly counterparts = $derived(new Map(this.shown?.article.paragraphs.map((p) => [p.id, p])));
	#attempt = $state(0);

	constructor(partnerLang: () => Lang | undefined) {
		$effect(() => {
			const lang = partnerLang();
			void this.#attempt;
			this.failed = false;
			if (!lang) return void (this.shown = undefined);
			let current = true;
			loadArticle(lang).then(
				(article) => current && (this.shown = { lang, article }),
				() => current && ((this.shown = undefined), (this.failed = true))
			);
			return () => (current = false);
		});
	}

	retry(): void {
		this.#attempt++;
	}
}
