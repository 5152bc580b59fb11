import { describe, expect, test } from 'vitest';
import { readLocaleDir } from '../../src/lib/i18n/read-locales';
import { decimalSeparator, formatDate, formatTenths } from '../../src/lib/i18n/format';
import { bestLanguage, languages, type Lang } from '../../src/lib/i18n/languages';
import { createTranslate, translateFor } from '../../src/lib/i18n/i18n';
import { missingStrings } from '../../src/lib/i18n/bundles.server';
import { pickStrings } from '../../src/lib/i18n/read-locales';
import { countWords, readingMinutes } from '../../src/lib/content/article';
import { preparedArticle } from '../../src/lib/content/article.server';

const { bundles } = readLocaleDir('locales');
const common = (lang: Lang) => bundles[lang].common as Record<string, unknown>;
const translator = (lang: Lang) => createTranslate(lang, { [lang]: { common: common(lang) } });

describe('plurals', () => {
	test.each([
		['en', 1, '1 minute read'],
		['en', 2, '2 minute read'],
		['ru', 1, '1 минута чтения'],
		['ru', 3, '3 минуты чтения'],
		['ru', 5, '5 минут чтения'],
		['ru', 11, '11 минут чтения'],
		['ru', 21, '21 минута чтения'],
		['ru', 24, '24 минуты чтения'],
		['ko', 1, '1분 분량'],
		['ko', 7, '7분 분량']
	] as const)('%s reading time for %i minutes reads "%s"', (lang, count, expected) => {
		expect(translator(lang)('article.readingTime', { count })).toBe(expected);
	});

	test('each translator stays in its own language when created side by side', () => {
		const [en, ru, ko] = languages.map(translator);
		expect([en('skipLink'), ru('skipLink'), ko('skipLink')]).toEqual(['Skip to article', 'Перейти к статье', '기사로 바로 가기']);
	});
});

describe('i18next as the pages use it', () => {
	test('a key a bundle lacks reads in English, not as the key', () => {
		const { skipLink, ...rest } = common('ko');
		expect(skipLink).toBeTruthy();
		const ko = createTranslate('ko', { ko: { common: rest }, en: { common: missingStrings(common('en'), rest) } });
		expect(ko('skipLink')).toBe('Skip to article');
		expect(ko('reading.summary')).toBe((common('ko').reading as Record<string, string>).summary);
	});

	test('only the strings a bundle lacks are sent as its English fallback, plural forms counted by their base', () => {
		expect(missingStrings(common('en'), common('ru'))).toEqual({});
		expect(missingStrings({ a: { b_one: 'x', b_other: 'y', c: 'z' }, d: 'w' }, { a: { b_few: 'ф' } })).toEqual({ a: { c: 'z' }, d: 'w' });
	});

	test('kept answers still follow the options, and a language is made again only when its strings change', () => {
		const ru = translator('ru');
		expect(ru('article.readingTime', { count: 1 })).toBe('1 минута чтения');
		expect(ru('article.readingTime', { count: 5 })).toBe('5 минут чтения');
		expect(ru('article.readingTime', { count: 1 })).toBe('1 минута чтения');
		const first = translateFor('en', { en: { common: { a: 'one' } } });
		expect(translateFor('en', { en: { common: { a: 'one' } } })).toBe(first);
		expect(translateFor('en', { en: { common: { a: 'two' } } })('a')).toBe('two');
	});

	test('a value is written as text, never escaped or read as markup: Svelte escapes what it renders', () => {
		const t = createTranslate('en', { en: { common: { greeting: 'Hello {{name}}' } } });
		expect(t('greeting', { name: '<b>$&</b>' })).toBe('Hello <b>$&</b>');
	});

	test('picked strings read as in the whole bundle, and a key that is not there fails the build', () => {
		for (const lang of languages) {
			const whole = translator(lang);
			const picked = createTranslate(lang, { [lang]: { common: pickStrings(common(lang), ['app.name', 'error']) } });
			for (const key of ['app.name', 'error.title', 'error.back']) expect(picked(key)).toBe(whole(key));
			expect(picked('error.body', { status: 500 })).toBe(whole('error.body', { status: 500 }));
		}
		expect(() => pickStrings({ app: { name: 'Reader' } }, ['app.title'])).toThrow('No string at "app.title"');
	});
});

describe('dates', () => {
	test.each([
		['en', 'February 14, 2017'],
		['ru', '14 февраля 2017 г.'],
		['ko', '2017년 2월 14일']
	] as const)('the publication date in %s reads "%s"', (lang, expected) => {
		expect(formatDate('2017-02-14', lang)).toBe(expected);
	});
});

describe('numbers', () => {
	test.each(languages)('every reading speed in %s is written as the platform writes it', (lang) => {
		const platform = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		const decimal = decimalSeparator(lang);
		for (let tenths = 5; tenths <= 20; tenths++) expect(formatTenths(tenths / 10, decimal)).toBe(platform.format(tenths / 10));
	});

	test('Russian writes a decimal comma', () => {
		expect(formatTenths(1.5, decimalSeparator('ru'))).toBe('1,5');
	});
});

describe('language choice', () => {
	test.each([
		[['ko-KR', 'en'], 'ko'],
		[['kok', 'ru-RU'], 'ru'],
		[['fr-FR', 'EN-gb'], 'en'],
		[['fr', 'de'], undefined],
		[[], undefined]
	] as const)('%j picks %s', (preferences, expected) => {
		expect(bestLanguage(preferences)).toBe(expected);
	});
});

describe('reading time', () => {
	test('counts words with the language rules', () => {
		expect(countWords('Choi, 54, lives in a small town.', 'en')).toBe(7);
		expect(countWords('54-летний Чхве живёт в небольшом городе.', 'ru')).toBe(7);
		expect(countWords('올해 54세인 최 씨는 소도시에 살고 있다.', 'ko')).toBe(7);
	});

	test.each(languages)('the %s article takes two minutes', (lang) => {
		expect(readingMinutes(preparedArticle(lang), lang)).toBe(2);
	});
});
