import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import Paragraph from '../../src/lib/components/Paragraph.svelte';
import hostile from '../fixtures/hostile-strings.json';

describe('a paragraph as HTML', () => {
	test('a paragraph reads as its text, with each term a link to its explanation, markup in it shown as text', () => {
		const court = { id: 'echr', term: 'ECtHR', match: 'ECtHR', expansion: 'European Court of Human Rights', definition: '…' };
		const hostileEntry = { id: 'x"><img src=x>', term: 't', match: '<i>', expansion: '" onmouseover="alert(1)', definition: '' };
		const segments = [
			{ text: 'The ' },
			{ text: 'ECtHR', entry: court },
			{ text: ' & ' },
			{ text: '<i>', entry: hostileEntry },
			{ text: hostile.paragraph }
		];
		const props = {
			t: (key: string) => key,
			id: 'p3',
			number: 3,
			segments,
			others: [],
			reading: false,
			readable: false,
			onreadfrom: () => {}
		};
		const html = render(Paragraph, { props }).body;
		const paragraph = (/<p id="p3" data-paragraph=""[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '').replace(/<!--[^>]*-->/g, '');
		const tag = /<[^>"]*(?:"[^"]*"[^>"]*)*>/g;
		const text = paragraph
			.replace(tag, '')
			.replace(/&lt;/g, '<')
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&');
		expect(text).toBe(segments.map((s) => s.text).join(''));
		expect(paragraph).toMatch(
			/^The <a class="term[^"]*" id="term-echr" href="#glossary-echr"><abbr title="European Court of Human Rights"[^>]*>ECtHR<\/abbr><\/a> &amp; /
		);
		// Only the elements the component writes: a, abbr. The hostile text and attributes stay text.
		expect([...paragraph.matchAll(tag)].map((m) => /^<(\w+)/.exec(m[0])?.[1]).filter(Boolean)).toEqual(['a', 'abbr', 'a', 'abbr']);
		expect(paragraph).toContain('title="&quot; onmouseover=&quot;alert(1)"');
	});

	test('a paragraph in other languages is a disclosure with a link to it in each, text from the bundles escaped', () => {
		const t = (key: string) => (key === 'reading.otherLanguages' ? '<b>&</b>' : hostile.paragraph);
		const props = {
			t,
			id: 'x"><img src=x>',
			number: 3,
			segments: [],
			others: ['ru', 'ko'] as const,
			reading: false,
			readable: false,
			onreadfrom: () => {}
		};
		const html = render(Paragraph, { props }).body.replace(/<!--[^>]*-->/g, '');
		const details = /<details class="other-languages[^"]*">[\s\S]*<\/details>/.exec(html)?.[0] ?? '';
		expect(details).not.toMatch(/<img|<script|<b>/);
		expect(details).toContain('&lt;b>&amp;&lt;/b>');
		const links = [...details.matchAll(/<a href="([^"]*)" hreflang="(\w+)"[^>]*>([^<]*)<\/a>/g)].map((m) => m.slice(1));
		expect(links).toEqual([
			['/ru/#x&quot;>&lt;img src=x>', 'ru', 'Русский'],
			['/ko/#x&quot;>&lt;img src=x>', 'ko', '한국어']
		]);
	});
});
