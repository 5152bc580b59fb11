/**
 * One saved value, the only way the reader keeps anything on the device. Storage may be missing,
 * blocked, full or hold anything (an older version, a hand edit, a broken write): reading never
 * throws, and `sanitize` turns whatever is there into a valid value, field by field. Once loaded,
 * the value follows what other tabs save under the same key.
 */
interface Options {
	/** Kept for this tab's session only (sessionStorage), not on the device. */
	session?: boolean;
	/** Written as plain text, not JSON: for a value an inline script reads before the page starts. */
	text?: boolean;
	/** Called when another tab saved a new value. */
	onchange?: () => void;
}

export class Persisted<T> {
	#value: T = $state.raw() as T;
	#following = false;
	readonly #key: string;
	readonly #sanitize: (raw: unknown) => T;
	readonly #options: Options;

	constructor(key: string, sanitize: (raw: unknown) => T, options: Options = {}) {
		this.#key = key;
		this.#sanitize = sanitize;
		this.#options = options;
		this.#value = sanitize(undefined);
	}

	/** The value as last loaded or set; the default until `load()`. */
	get current(): T {
		return this.#value;
	}

	/** Sets and saves the value. Private mode or a full quota: it holds until the page closes. */
	set current(value: T) {
		this.#value = this.#sanitize(value);
		try {
			this.#storage()?.setItem(this.#key, this.#options.text ? String(this.#value ?? '') : JSON.stringify(this.#value));
		} catch {
			// Not saved: nothing to tell the reader that the page does not already say (storage section).
		}
	}

	/** Reads what storage holds, and from then on follows other tabs' changes. */
	load(): T {
		this.#value = this.#parse(this.#read());
		if (!this.#following && typeof window !== 'undefined') {
			this.#following = true;
			addEventListener('storage', (event) => {
				// A key of null: another tab cleared the whole storage.
				if (event.key !== this.#key && event.key !== null) return;
				this.#value = this.#parse(event.key === null ? null : event.newValue);
				this.#options.onchange?.();
			});
		}
		return this.#value;
	}

	/** Forgets the saved value; `current` goes back to the default. */
	clear(): void {
		this.#value = this.#sanitize(undefined);
		try {
			this.#storage()?.removeItem(this.#key);
		} catch {
			// Storage unavailable: there was nothing to forget.
		}
	}

	#storage(): Storage | undefined {
		// Reading the property itself throws where storage is blocked.
		return this.#options.session ? sessionStorage : localStorage;
	}

	#read(): string | null {
		try {
			return this.#storage()?.getItem(this.#key) ?? null;
		} catch {
			return null;
		}
	}

	#parse(text: string | null): T {
		if (this.#options.text) return this.#sanitize(text);
		try {
			return this.#sanitize(JSON.parse(text ?? 'null'));
		} catch {
			return this.#sanitize(null);
		}
	}
}
