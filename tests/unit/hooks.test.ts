import { createHash } from 'node:crypto';
import type { RequestEvent, ResolveOptions } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { handle } from '../../src/hooks.server';

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
const kitPage =
	`<!doctype html><html lang="%lang%"%reader.root%><head>` +
	`<meta http-equiv="content-security-policy" content="${kitPolicy}">` +
	`<link href="/_app/immutable/entry/start.X.js" rel="modulepreload">` +
	`<script>%reader.prepaint%</script></head>` +
	`<body><div><main>Article</main><script>${boot}</script></div></body></html>`;

/** Kit's side of `resolve`: the page through the hook's transform, its policy in a header when `header` is set (the development server). */
async function render(header: boolean) {
	const event = { params: { lang: 'ru' }, route: { id: '/[lang=lang]' } } as unknown as RequestEvent;
	const resolve = async (_: RequestEvent, options?: ResolveOptions) => {
		const html = (await options?.transformPageChunk?.({ html: kitPage, done: true })) ?? kitPage;
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
		expect(scripts[1]).toContain('requestAnimationFrame(() => setTimeout(start))');
		expect(scripts[1]).toContain('import("/_app/immutable/entry/app.Y.js")');
	});

	for (const header of [false, true]) {
		test(`keeps the page's policy, in its <meta>${header ? ' and the header the development server sends' : ''}, true to the scripts it changed`, async () => {
			const result = await render(header);
			const scripts = inlineScripts(result.html);
			expect(scripts).toHaveLength(2);
			for (const policy of header ? [result.meta, result.header ?? ''] : [result.meta]) {
				for (const script of scripts) expect(policy).toContain(hash(script));
				// Kit's hash of its boot script as it was, which the page no longer carries.
				expect(policy).not.toContain(hash(boot));
				expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[^']+' 'sha256-[^']+'; object-src 'none'$/);
			}
			if (!header) expect(result.header).toBeNull();
		});
	}
});
