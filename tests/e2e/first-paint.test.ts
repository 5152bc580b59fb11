import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { common } from './content';

const PAGES = ['/', '/en/', '/ru/', '/ko/', '/404.html', '/offline.html'];
const html = (page: string) => readFileSync(`build${page.endsWith('/') ? `${page}index.html` : page}`, 'utf8');
const inlineScripts = (text: string) => [...text.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const startupModules = (text: string) => JSON.parse(/for \(const href of (\[[^\]]*\])\)/.exec(text)?.[1] ?? '[]') as string[];
const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;

for (const page of PAGES) {
	test(`${page} asks for no script before its first paint, and its policy allows every inline script`, () => {
		const text = html(page);
		expect(text).not.toMatch(/<link[^>]*rel="modulepreload"/);
		// Nor a manifest: Chromium would ask for it and its icon while the page is painted (the app adds it).
		expect(text).not.toMatch(/<link[^>]*rel="manifest"/);
		const boot = inlineScripts(text).find((s) => s.includes('__sveltekit_'));
		// If this fails after a SvelteKit upgrade, Kit writes its boot script differently: update the
		// transform in src/lib/server/start-after-paint.ts (the page still works meanwhile, unhurried).
		expect(boot, "Kit's boot script, deferred by src/lib/server/start-after-paint.ts").toContain(
			"list.getEntriesByName('first-contentful-paint')"
		);
		// What Kit would have preloaded, Kit's own start and app modules among them, is imported then.
		const modules = startupModules(text);
		expect(modules.length).toBeGreaterThan(2);
		for (const kit of boot?.matchAll(/import\("([^"]+)"\)/g) ?? []) expect(modules).toContain(kit[1]);
		const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(text)?.[1] ?? '';
		for (const script of inlineScripts(text)) expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
	});
}

// Paint timing reports when a frame reached the screen, which a loaded machine may report after the
// next task began: the boot script waits for that report, and the frames are checked in the page too.
test('no script is requested before the whole article is parsed and its first paint shown, and the reader still starts', async ({
	page
}) => {
	await page.addInitScript(() => {
		// Every frame, and when the page's last element (just before the boot script) was parsed.
		const w = window as unknown as { paintFrames: number[]; footerParsed: number };
		w.paintFrames = [];
		// When each frame's callbacks ran, not the frame's own timestamp: under load Chromium stamps a
		// frame with its begin time, which can fall before the parsing that finished while it waited.
		const frame = () => (w.paintFrames.push(performance.now()), w.paintFrames.length < 600 && requestAnimationFrame(frame));
		requestAnimationFrame(frame);
		new MutationObserver((_, observer) => {
			if (!document.querySelector('.site-footer')) return;
			w.footerParsed = performance.now();
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/en/');
	await expect(page.getByRole('button', { name: 'Read-aloud options' })).toBeVisible();
	const { parsed, painted, firstScript } = await page.evaluate(() => ({
		parsed: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
		painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
		firstScript: Math.min(
			...performance
				.getEntriesByType('resource')
				.filter((r) => r.name.includes('/_app/immutable/') && r.name.endsWith('.js'))
				.map((r) => r.startTime)
		)
	}));
	expect(parsed).toBeGreaterThan(0);
	expect(firstScript).toBeGreaterThanOrEqual(parsed);
	// Nor before that paint was on the screen, where paint timing puts it.
	expect(firstScript).toBeGreaterThan(painted);
	// A frame was drawn after the whole article was parsed, and before any script was asked for.
	const { frames, footerParsed } = await page.evaluate(() => {
		const w = window as unknown as { paintFrames: number[]; footerParsed: number };
		return { frames: w.paintFrames, footerParsed: w.footerParsed };
	});
	expect(footerParsed).toBeGreaterThan(0);
	expect(firstScript).toBeGreaterThan(footerParsed);
	expect(frames.filter((time) => time >= footerParsed && time <= firstScript).length).toBeGreaterThanOrEqual(1);
});

// What a first visit downloads: the modules the page starts with, compressed as a static host or CDN
// sends them (brotli). Headers are not counted: HTTP/2 and HTTP/3 compress them.
const SCRIPT_BUDGET = 64 * 1024;
const FIRST_VISIT_BUDGET = 80 * 1024;
test('the article downloads at most 64 KB of compressed script as it starts', () => {
	for (const page of ['/en/', '/ru/', '/ko/']) {
		const files = startupModules(html(page));
		const bytes = files.reduce((sum, url) => sum + brotliCompressSync(readFileSync(`build${url}`)).length, 0);
		expect(bytes, page).toBeLessThanOrEqual(SCRIPT_BUDGET);
	}
});

// A new connection's first round trip carries ten segments, 14,600 bytes: a page that fits, with
// its response headers (345 bytes from scripts/serve.js over HTTP/1.1, fewer over HTTP/2), is painted
// a whole round trip sooner than one that does not.
const FIRST_ROUND_TRIP = 14_600 - 345;
test('each article page fits, compressed, in what a new connection delivers in its first round trip', () => {
	for (const page of ['/en/', '/ru/', '/ko/']) {
		expect(brotliCompressSync(readFileSync(`build${page}index.html`)).length, page).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
	}
});

// Chromium compiles a marked file's functions while it downloads, instead of on the main thread
// as each is first called: the page's start, one long task, takes about a third less time.
test('the scripts a page starts with are marked for compiling as they arrive; code loaded on first use is not', () => {
	const marked = (url: string) => readFileSync(`build${url}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
	for (const page of PAGES) {
		// Kit's start module only re-exports from the shared chunk: it has no function to compile.
		const modules = startupModules(html(page)).filter((url) => !url.includes('/entry/start.'));
		expect(modules.length, page).toBeGreaterThan(2);
		for (const url of modules) expect(marked(url), `${page} ${url}`).toBe(true);
	}
	const unmarked = ['src/lib/components/SpeechControls.svelte', 'src/lib/components/SettingsPanel.svelte'];
	for (const source of unmarked) expect(marked(`/${manifest[source].file}`), source).toBe(false);
});

test('the player’s code is downloaded when the reader first asks for it, not with the article', async ({ page }) => {
	const playerCode = ['src/lib/components/SpeechControls.svelte', 'src/lib/speech/read-aloud.svelte.ts'].map(
		(source) => `/${manifest[source].file}`
	);
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto('/ko/', { waitUntil: 'networkidle' });
	const play = page.getByRole('button', { name: common.ko.speech.play, exact: true });
	await expect(play).toBeVisible();
	expect(requested.filter((path) => playerCode.includes(path))).toEqual([]);
	await play.click();
	await expect.poll(() => playerCode.filter((path) => requested.includes(path))).toEqual(playerCode);
});

test('the article’s scripts carry no other language’s interface strings', async ({ page }) => {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => response.url().endsWith('.js') && scripts.push(response.text()));
	await page.goto('/en/', { waitUntil: 'networkidle' });
	const texts = await Promise.all(scripts);
	expect(texts.length).toBeGreaterThan(2);
	// Strings only the chooser and the 404 page show, in every language.
	for (const lang of ['en', 'ru', 'ko'] as const)
		for (const text of texts) expect(text.includes(common[lang].chooser.title), `${lang} chooser title`).toBe(false);
});

// The benchmark's first-visit budget, measured as it does: a fresh browser without the service
// worker, every response until the network is idle, compressed bodies, from the compressing static
// server the tests run against.
test.describe('a first visit', () => {
	test.use({ serviceWorkers: 'block' });
	for (const lang of ['en', 'ru', 'ko'] as const) {
		test(`to /${lang}/ downloads at most 80 KB, and at most 64 KB of script`, async ({ page }) => {
			const responses: Promise<{ script: boolean; bytes: number }>[] = [];
			page.on('requestfinished', (request) =>
				responses.push(request.sizes().then((sizes) => ({ script: request.resourceType() === 'script', bytes: sizes.responseBodySize })))
			);
			await page.goto(`/${lang}/`, { waitUntil: 'networkidle' });
			await expect(page.getByRole('button', { name: common[lang].speech.play, exact: true })).toBeVisible();
			const sizes = await Promise.all(responses);
			const sum = (list: typeof sizes) => list.reduce((total, { bytes }) => total + bytes, 0);
			// The page, its startup scripts, the manifest: not a single large file among them.
			expect(sizes.length).toBeGreaterThan(4);
			expect(sizes.filter(({ script }) => script).length).toBeGreaterThan(2);
			expect(sum(sizes)).toBeLessThanOrEqual(FIRST_VISIT_BUDGET);
			expect(sum(sizes.filter(({ script }) => script))).toBeLessThanOrEqual(SCRIPT_BUDGET);
		});
	}
});

// A browser's first Intl formatter of a kind costs milliseconds (far more on a slow phone), in the
// page's longest task: the date, the decimal separator and the reading time's plural are the
// server's work.
test('an article starts without making a single Intl formatter', async ({ page }) => {
	const readingTime = { en: '2 minute read', ru: '2 минуты чтения', ko: '2분 분량' };
	await page.addInitScript(() => {
		const made: string[] = ((window as unknown as { intlMade: string[] }).intlMade = []);
		const kinds = [
			'PluralRules',
			'NumberFormat',
			'DateTimeFormat',
			'Segmenter',
			'Collator',
			'ListFormat',
			'RelativeTimeFormat',
			'DisplayNames'
		] as const;
		for (const kind of kinds) {
			const original = Intl[kind] as unknown as new (...args: unknown[]) => object;
			(Intl as unknown as Record<string, unknown>)[kind] = new Proxy(original, {
				construct: (target, args) => (made.push(kind), Reflect.construct(target, args))
			});
		}
	});
	for (const lang of ['ru', 'ko', 'en'] as const) {
		await page.goto(`/${lang}/`);
		// The bar is shown by the last of the tasks the page starts in.
		await expect(page.getByRole('button', { name: common[lang].speech.play, exact: true })).toBeVisible();
		await expect(page.locator('.meta')).toContainText(readingTime[lang]);
		expect(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade), lang).toEqual([]);
	}
});
