import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import Paragraph from '../../src/lib/components/Paragraph.svelte';
import { escapeHtml, otherLanguagesHtml } from '../../src/lib/content/markup';
import hostile from '../fixtures/hostile-strings.json';

describe('article text as HTML', () => {
	test('markup in the text is escaped, in text and in attributes', () => {
		expect(escapeHtml(hostile.paragraph)).toBe(
			'&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;b&gt;bold?&lt;/b&gt; &amp; text'
		);
		expect(escapeHtml('a "quoted" <b>')).toBe('a &quot;quoted&quot; &lt;b&gt;');
	});

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

	test('a paragraph in other languages is a disclosure with a link to it in each, everything from the bundles escaped', () => {
		const others = [
			{ lang: 'ru', name: 'Русский' },
			{ lang: 'ko', name: '한국어' }
		];
		const html = otherLanguagesHtml(others, 'p3', 'Paragraph 3', 'In other languages');
		expect(html).toBe(
			'<details class="other-languages" data-for="p3"><summary><span class="visually-hidden">Paragraph 3:</span> In other languages</summary>' +
				'<div class="versions">' +
				'<div class="version" lang="ru"><p class="language">Русский</p><p><a href="/ru/#p3" hreflang="ru">Русский</a></p></div>' +
				'<div class="version" lang="ko"><p class="language">한국어</p><p><a href="/ko/#p3" hreflang="ko">한국어</a></p></div>' +
				'</div></details>'
		);
		const hostileHtml = otherLanguagesHtml(others, 'x"><img src=x>', hostile.paragraph, '<b>&</b>');
		expect(hostileHtml).not.toMatch(/<img|<script|<b>/);
		expect(hostileHtml).toContain('data-for="x&quot;&gt;&lt;img src=x&gt;"');
	});
});
