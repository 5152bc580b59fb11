import { createHash } from 'node:crypto';
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { runInNewContext } from 'node:vm';
import { handle } from '../../src/hooks.server';
import { frontDoorScript } from '../../src/lib/navigation/saved-language';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

// A page as Kit writes it from src/app.html, with the policy it computed for its own boot script.
const boot = `
				{
					__sveltekit_abc = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.X.js"),
						import("/_app/immutable/entry/app.Y.js")
					]).then(([kit, app]) => {
						kit.start(app, element);
					});
				}
			`;
const kitPolicy = `default-src 'self'; script-src 'self' ${hash(boot)}; object-src 'none'`;
const MODULES = ['/_app/immutable/entry/start.X.js', '/_app/immutable/chunks/Z.js', '/_app/immutable/entry/app.Y.js'];
/** Kit's page, with the modulepreload links the `preload` option lets through. */
const kitPage = (preload: ResolveOptions['preload'] = () => true) =>
	`<!doctype html><html lang="%lang%"%reader.root%><head><link rel="icon" href="%reader.icon%">` +
	`<meta http-equiv="content-security-policy" content="${kitPolicy}">` +
	MODULES.filter((path) => preload({ type: 'js', path }))
		.map((path) => `<link href="${path}" rel="modulepreload">`)
		.join('') +
	`<script>%reader.prepaint%</script></head>` +
	`<body><div><main>Article</main><script>${boot}</script></div></body></html>`;

/** Kit's side of `resolve`: the page through the hook's transform, its policy in a header when `header` is set (the development server). */
async function render(header: boolean, route = '/[lang=lang]') {
	const event = { params: route === '/' ? {} : { lang: 'ru' }, route: { id: route } } as unknown as RequestEvent;
	const resolve = async (_: RequestEvent, options?: ResolveOptions) => {
		const page = kitPage(options?.preload);
		const html = (await options?.transformPageChunk?.({ html: page, done: true })) ?? page;
		return new Response(html, { headers: header ? { 'content-security-policy': kitPolicy } : {} });
	};
	const response = await handle({ event, resolve });
	const html = await response.text();
	const meta = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
	return { html, meta, header: response.headers.get('content-security-policy') };
}

describe('the page transform', () => {
	test('writes the language, the room for the player and the saved-settings script, and starts the app after the first paint', async () => {
		const { html } = await render(false);
		expect(html).toContain('<html lang="ru" data-player>');
		expect(html).not.toContain('%reader.');
		expect(html).not.toContain('rel="modulepreload"');
		const scripts = inlineScripts(html);
		expect(scripts[0]).toContain('applyReadingSettings');
		expect(scripts[1]).toContain("list.getEntriesByName('first-contentful-paint')");
		expect(scripts[1]).toContain('import("/_app/immutable/entry/app.Y.js")');
		// What Kit would have preloaded is imported side by side once the page is painted.
		expect(scripts[1]).toContain(`for (const href of ${JSON.stringify(MODULES)}) import(href)`);
	});

	test('gives the chooser, and only the chooser, the script that sends a visitor on to their language', async () => {
		const chooser = inlineScripts((await render(false, '/')).html);
		expect(chooser).toHaveLength(3);
		expect(chooser[0]).toContain('location.replace');
		expect(chooser[1]).toContain('applyReadingSettings');
		const article = inlineScripts((await render(false)).html);
		expect(article.some((script) => script.includes('location.replace'))).toBe(false);
	});

	test('writes the icon into the page, so that no request for it races the first paint', async () => {
		for (const route of ['/', '/[lang=lang]']) {
			expect((await render(false, route)).html).toContain('<link rel="icon" href="data:image/svg+xml,%3Csvg');
		}
	});

	for (const [header, route] of [
		[false, '/[lang=lang]'],
		[true, '/[lang=lang]'],
		[false, '/']
	] as const) {
		test(`keeps ${route}'s policy, in its <meta>${header ? ' and the header the development server sends' : ''}, true to the scripts it changed`, async () => {
			const result = await render(header, route);
			const scripts = inlineScripts(result.html);
			expect(scripts).toHaveLength(route === '/' ? 3 : 2);
			for (const policy of header ? [result.meta, result.header ?? ''] : [result.meta]) {
				for (const script of scripts) expect(policy).toContain(hash(script));
				// Kit's hash of its boot script as it was, which the page no longer carries.
				expect(policy).not.toContain(hash(boot));
				expect(policy).toMatch(/^default-src 'self'; script-src 'self'( 'sha256-[^']+')+; object-src 'none'$/);
				expect(policy.match(/'sha256-/g)).toHaveLength(scripts.length);
			}
			if (!header) expect(result.header).toBeNull();
		});
	}
});

describe("the chooser's script", () => {
	/** Runs the script as the chooser's <head> would, with this storage and these browser languages. */
	function visit(saved: string | null | Error, languages: string[], address = 'https://reader.test/?from=qr#p3') {
		const url = new URL(address);
		const replaced: string[] = [];
		const context = {
			localStorage: {
				getItem: () => {
					if (saved instanceof Error) throw saved;
					return saved;
				}
			},
			navigator: { languages, language: languages[0] },
			location: { search: url.search, hash: url.hash, replace: (to: string) => replaced.push(to) }
		};
		runInNewContext(frontDoorScript(), context);
		return replaced;
	}

	test('sends a visitor to the language they chose before, keeping the query and fragment', () => {
		expect(visit('ko', ['ru-RU'])).toEqual(['/ko/?from=qr#p3']);
	});

	test('else to the first browser language the reader has, matched on its primary subtag', () => {
		expect(visit(null, ['fr-FR', 'ru-RU', 'en'])).toEqual(['/ru/?from=qr#p3']);
		expect(visit('xx', ['kok', 'ko-KR'])).toEqual(['/ko/?from=qr#p3']);
	});

	test('with blocked storage, still by the browser languages', () => {
		expect(visit(new Error('SecurityError'), ['en-GB'])).toEqual(['/en/?from=qr#p3']);
	});

	test('keeps a visitor whose languages the reader lacks on the chooser', () => {
		expect(visit(null, ['fr', 'de'])).toEqual([]);
	});
});
