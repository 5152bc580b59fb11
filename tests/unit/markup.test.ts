import { describe, expect, test } from 'vitest';
import { escapeHtml, otherLanguagesHtml, paragraphHtml } from '../../src/lib/content/markup';
import hostile from '../fixtures/hostile-strings.json';

describe('article text as HTML', () => {
	test('markup in the text is escaped, in text and in attributes', () => {
		expect(escapeHtml(hostile.paragraph)).toBe(
			'&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;&lt;b&gt;bold?&lt;/b&gt; &amp; text'
		);
		expect(escapeHtml('a "quoted" <b>')).toBe('a &quot;quoted&quot; &lt;b&gt;');
	});

	test('a paragraph reads as its text, with each term a link to its explanation', () => {
		const court = { id: 'echr', term: 'ECtHR', match: 'ECtHR', expansion: 'European Court of Human Rights', definition: '…' };
		const memorial = { id: 'memorial', term: 'Memorial', match: 'Memorial', definition: '…' };
		const html = paragraphHtml([{ text: 'The ' }, { text: 'ECtHR', entry: court }, { text: ' & ' }, { text: 'Memorial', entry: memorial }]);
		expect(html).toBe(
			'The <a class="term" id="term-echr" href="#glossary-echr"><abbr title="European Court of Human Rights">ECtHR</abbr></a>' +
				' &amp; <a class="term" id="term-memorial" href="#glossary-memorial">Memorial</a>'
		);
	});

	test('a hostile term cannot leave its attribute or element', () => {
		const entry = { id: 'x"><img src=x>', term: 't', match: '<i>', expansion: '" onmouseover="alert(1)', definition: '' };
		const html = paragraphHtml([{ text: '<i>', entry }]);
		expect(html).not.toMatch(/<img|<i>|" onmouseover/);
		expect(html).toContain('title="&quot; onmouseover=&quot;alert(1)"');
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
