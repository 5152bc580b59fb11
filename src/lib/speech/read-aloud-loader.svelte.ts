/**
 * Reading aloud, loaded when the reader first asks for it (Play, the options, a shortcut, "read from
 * here"): reading needs none of it, and a first visit is lighter and sooner ready without it. This
 * class is part of the page from the start; the player and its engine are not.
 */
import type { Article } from '$lib/content/article';
import type { Alternation } from '$lib/content/parallel.svelte';
import { focusGroup } from '$lib/navigation/group-focus';
import { importAgain } from '$lib/offline/import-again';
import { untrack } from 'svelte';
import type { Player } from './player.svelte';
import { loadSpeechPreferences, RATE_STEP } from './preferences';
import type { ReadAloud } from './read-aloud.svelte';
import { shortcutFor, type ShortcutAction } from './shortcuts';

/** The player's code, asked for on first use; a press after a failed download asks again. */
const importReadAloud = importAgain(() => import('./read-aloud.svelte'), 'startReadAloud');

/** The player's code: not asked for, on its way, in place, or not downloadable (offline before the reader was saved). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What is read: the page's article, and the partner's when listening in two languages. */
export interface ReadAloudSource {
	lang: string;
	article: Article;
	appName: string;
	/** `by`: turns taken paragraph by paragraph (the default) or sentence group by group. */
	partner?: { lang: string; article: Article; by?: Alternation };
}

type GroupAction = 'previousGroup' | 'nextGroup';
const isGroupAction = (action: ShortcutAction): action is GroupAction => action === 'previousGroup' || action === 'nextGroup';

const ACTIONS: Record<Exclude<ShortcutAction, 'help' | GroupAction>, (player: Player) => void> = {
	toggle: (player) => player.toggle(),
	previous: (player) => player.previous(),
	next: (player) => player.next(),
	previousParagraph: (player) => player.previousParagraph(),
	nextParagraph: (player) => player.nextParagraph(),
	slower: (player) => player.setRate(player.prefs.rate - RATE_STEP),
	faster: (player) => player.setRate(player.prefs.rate + RATE_STEP),
	stop: (player) => player.stop()
};

export class ReadAloudLoader {
	status: LoadStatus = $state('idle');
	readAloud: ReadAloud | undefined = $state.raw();
	/** The player's bar is on the page, and whether the browser has speech at all: known after mounting. */
	offered = $state(false);
	possible = $state(false);
	optionsOpen = $state(false);
	/** The shortcuts' help dialog, opened by "?" or from the options. */
	helpOpen = $state(false);

	readonly player: Player | undefined = $derived(this.readAloud?.player);
	/** Asked for and not usable yet: the bar says it is looking for voices. */
	readonly waiting = $derived(this.status === 'loading' || this.player?.status === 'loading');
	/** "Read from here" is offered: before loading, wherever the browser has speech. */
	readonly readable = $derived(this.player ? this.player.canPlay : this.possible);

	readonly #source: () => ReadAloudSource;
	#loading: Promise<ReadAloud | undefined> | undefined;
	#toggleAsked = false;
	#destroyed = false;

	/**
	 * Made while a component initializes. `source` is read again when what it reads changes (the page's
	 * language, the partner): reading aloud follows, from the same sentence group.
	 */
	constructor(source: () => ReadAloudSource) {
		this.#source = source;
		$effect(() => {
			const { lang, article, appName, partner } = source();
			untrack(() => this.readAloud?.load(lang, article, appName, partner));
		});
	}

	/** After the page's first paint: the bar appears, and says what this browser can do. */
	offer(): void {
		this.possible = 'speechSynthesis' in window;
		this.offered = true;
	}

	load(): Promise<ReadAloud | undefined> {
		if (this.#loading) return this.#loading;
		this.status = 'loading';
		this.#loading = importReadAloud().then(
			({ startReadAloud }) => {
				if (this.#destroyed) return undefined;
				this.readAloud = startReadAloud(untrack(this.#source));
				this.status = 'ready';
				return this.readAloud;
			},
			// The bar says so, and the next press tries again.
			() => {
				this.#loading = undefined;
				this.status = 'failed';
				return undefined;
			}
		);
		return this.#loading;
	}

	/**
	 * What the bar's buttons and the shortcuts do. Asked before the player or its voices are ready,
	 * each waits for them, in order; Play only once: a second press meanwhile would undo the first.
	 */
	async act(action: Exclude<ShortcutAction, GroupAction>): Promise<void> {
		const toggle = action === 'toggle';
		if (toggle && this.#toggleAsked) return;
		this.#toggleAsked ||= toggle;
		try {
			await (
				await this.load()
			)?.player.ready;
		} finally {
			if (toggle) this.#toggleAsked = false;
		}
		if (action === 'help') this.helpOpen = !!this.player;
		else if (this.player?.canPlay) ACTIONS[action](this.player);
	}

	async readFrom(paragraphId: string): Promise<void> {
		const readAloud = await this.load();
		await readAloud?.player.ready;
		if (readAloud?.player.canPlay) readAloud.player.readFrom(paragraphId);
	}

	/** The shortcuts, on the window: until the player is loaded, the player's load it. */
	onkeydown = (event: KeyboardEvent): void => {
		// The help dialog handles its own keys, Escape included.
		if (this.helpOpen) return;
		const action = shortcutFor(event);
		if (!action || !(this.player?.prefs ?? loadSpeechPreferences()).shortcuts) return;
		if (isGroupAction(action)) return this.#moveByGroup(event, action === 'nextGroup' ? 1 : -1);
		if (!this.possible) return;
		event.preventDefault();
		void this.act(action);
	};

	/** Parallel text, group by group; reading aloud, when under way, goes on from the page's group focused. */
	#moveByGroup(event: KeyboardEvent, step: 1 | -1): void {
		const player = this.player;
		const listening = player?.status === 'playing' || player?.status === 'paused';
		const read =
			listening && player.current?.group !== undefined
				? { paragraphId: player.current.paragraphId, group: player.current.group }
				: undefined;
		const place = focusGroup(step, read);
		if (!place) return;
		event.preventDefault();
		if (listening && !place.counterpart) player.toGroup(place.paragraphId, place.group);
	}

	destroy(): void {
		this.#destroyed = true;
		this.readAloud?.destroy();
	}
}
