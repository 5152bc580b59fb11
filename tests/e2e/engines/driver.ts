/**
 * What the shared behaviours need of a browser, so that each is written once and run in every engine:
 * Chromium through Playwright, Firefox through puppeteer-core over WebDriver BiDi.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export interface Driver {
	readonly engine: Engine;
	goto(url: string): Promise<void>;
	reload(): Promise<void>;
	/** Runs `fn(arg)` in the page (serialized, so it may use only its argument) and returns its result. */
	evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
	/** Runs a script's source in the page's global scope as the driver's own code, which the page's CSP does not govern. */
	inject(source: string): Promise<void>;
	/** A real click (pointer events from the engine), at the middle of the first element `selector` matches. */
	click(selector: string): Promise<void>;
	/** A real key press (a character, as a US keyboard types it), delivered by the engine to whatever has focus. */
	press(key: string): Promise<void>;
	close(): Promise<void>;
}

/** Polls `fn` in the page until it returns a truthy value, which it returns. */
export async function waitFor<A, R>(driver: Driver, fn: (arg: A) => R, arg: A, what: string, timeout = 15_000): Promise<R> {
	const end = Date.now() + timeout;
	let last: R | undefined;
	for (;;) {
		try {
			last = await driver.evaluate(fn, arg);
			if (last) return last;
		} catch (error) {
			// A navigation under way: the page's context was replaced; ask the next one.
			if (Date.now() > end) throw error;
		}
		if (Date.now() > end)
			throw new Error(`${driver.engine}: timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * Runs first in every document: records page errors, unhandled rejections and policy violations
 * (WebKit's and Firefox's drivers show no console), and every text handed to speechSynthesis.speak.
 */
export function watchPage(): void {
	const w = window as unknown as { pageErrors: string[]; spoken: string[] };
	w.pageErrors = [];
	w.spoken = [];
	addEventListener('error', (event) => w.pageErrors.push(`error: ${event.message}`));
	addEventListener('unhandledrejection', (event) => w.pageErrors.push(`unhandled rejection: ${String(event.reason)}`));
	addEventListener('securitypolicyviolation', (event) => w.pageErrors.push(`policy: ${event.violatedDirective} ${event.blockedURI}`));
	if ('speechSynthesis' in window) {
		const speak = SpeechSynthesis.prototype.speak;
		SpeechSynthesis.prototype.speak = function (utterance: SpeechSynthesisUtterance) {
			w.spoken.push(utterance.text);
			return speak.call(this, utterance);
		};
	}
}
