import { describe, expect, test, vi } from 'vitest';
import { Player } from '../../src/lib/speech/player.svelte';
import { sanitizeSpeechPreferences } from '../../src/lib/speech/preferences';
import { FakeEngine, voice } from './fake-engine';

const paragraphs = [
	{ id: 'one', text: 'First sentence. Second sentence.' },
	{ id: 'two', text: 'Third sentence. Fourth sentence. Fifth sentence.' },
	{ id: 'three', text: 'Sixth sentence.' }
];
const korean = [
	{ id: 'one', text: '첫 문장입니다. 둘째 문장입니다.' },
	{ id: 'two', text: '셋째 문장입니다.' },
	{ id: 'three', text: '넷째 문장입니다.' }
];

async function ready(voices = [voice('en-voice', 'en-US'), voice('ko-voice', 'ko-KR')], prefs = sanitizeSpeechPreferences(null)) {
	const engine = new FakeEngine(voices);
	const save = vi.fn();
	const player = new Player(engine, prefs, save);
	player.load('en', paragraphs);
	await player.start();
	return { engine, player, save };
}

describe('the player', () => {
	test('starts stopped at the first sentence once voices are there', async () => {
		const { player } = await ready();
		expect(player.status).toBe('stopped');
		expect(player.current?.text).toBe('First sentence.');
	});

	test('reads one sentence per utterance, in the page language, and moves on at each end', async () => {
		const { engine, player } = await ready();
		player.play();
		expect(player.status).toBe('playing');
		expect(engine.spoken.at(-1)).toEqual({ text: 'First sentence.', lang: 'en', voiceId: 'en-voice', rate: 1 });
		engine.finish();
		expect(engine.last).toBe('Second sentence.');
		engine.finish();
		expect(engine.last).toBe('Third sentence.');
		expect(player.current?.paragraphId).toBe('two');
	});

	test('pausing cancels, and resuming speaks the same sentence again', async () => {
		const { engine, player } = await ready();
		player.play();
		engine.finish();
		player.pause();
		expect(player.status).toBe('paused');
		expect(engine.cancels).toBeGreaterThan(0);
		const spokenBefore = engine.spoken.length;
		player.toggle();
		expect(player.status).toBe('playing');
		expect(engine.spoken.length).toBe(spokenBefore + 1);
		expect(engine.last).toBe('Second sentence.');
	});

	test('skips by sentence and by paragraph, within the article', async () => {
		const { engine, player } = await ready();
		player.play();
		player.next();
		expect(engine.last).toBe('Second sentence.');
		player.nextParagraph();
		expect(engine.last).toBe('Third sentence.');
		player.next();
		player.previousParagraph();
		expect(engine.last).toBe('Third sentence.'); // back to the start of this paragraph first
		player.previousParagraph();
		expect(engine.last).toBe('First sentence.');
		player.previous();
		expect(player.index).toBe(0);
		player.nextParagraph();
		player.nextParagraph();
		player.nextParagraph();
		expect(engine.last).toBe('Sixth sentence.');
	});

	test('skipping while paused moves without speaking', async () => {
		const { engine, player } = await ready();
		player.play();
		player.pause();
		const spoken = engine.spoken.length;
		player.next();
		expect(engine.spoken.length).toBe(spoken);
		expect(player.current?.text).toBe('Second sentence.');
	});

	test('reads from any paragraph', async () => {
		const { engine, player } = await ready();
		player.readFrom('three');
		expect(player.status).toBe('playing');
		expect(engine.last).toBe('Sixth sentence.');
	});

	test('finishing the last sentence stops, marks the article finished and rewinds', async () => {
		const { engine, player } = await ready();
		player.readFrom('three');
		engine.finish();
		expect(player.status).toBe('stopped');
		expect(player.finished).toBe(true);
		expect(player.index).toBe(0);
	});

	test('stop goes back to the start of the paragraph', async () => {
		const { engine, player } = await ready();
		player.readFrom('two');
		engine.finish();
		player.stop();
		expect(player.status).toBe('stopped');
		expect(player.current?.text).toBe('Third sentence.');
	});

	test('a word boundary marks the word within the paragraph', async () => {
		const { engine, player } = await ready();
		player.play();
		engine.finish();
		engine.boundary(7);
		expect(player.word).toEqual({ start: 'First sentence. '.length + 7, end: 'First sentence. '.length + 15 });
	});

	test('a changed rate is clamped, remembered and applied to the sentence being read', async () => {
		const { engine, player, save } = await ready();
		player.play();
		player.setRate(2.7);
		expect(player.prefs.rate).toBe(2);
		expect(engine.spoken.at(-1)).toMatchObject({ text: 'First sentence.', rate: 2 });
		player.setRate(0.1);
		expect(player.prefs.rate).toBe(0.5);
		expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ rate: 0.5 }));
	});

	test('switching language continues from the same paragraph in the new language', async () => {
		const { engine, player } = await ready();
		player.readFrom('two');
		engine.finish();
		player.load('ko', korean);
		expect(player.status).toBe('playing');
		expect(engine.spoken.at(-1)).toEqual({ text: '셋째 문장입니다.', lang: 'ko', voiceId: 'ko-voice', rate: 1 });
	});

	test('switching language in the middle of a paragraph continues from the aligned sentence group', async () => {
		// Groups: English [1, 2] sentences, Korean [2, 1]: the same place is the fourth sentence of
		// the paragraph in one and the third in the other.
		const english = [{ id: 'p', text: 'One. Two. Three.', groups: [1, 2] }];
		const grouped = [{ id: 'p', text: '하나. 둘. 셋.', groups: [2, 1] }];
		const { engine, player } = await ready();
		player.load('en', english);
		player.play();
		engine.finish(); // on to "Two.", the second group
		player.load('ko', grouped);
		expect(player.current).toMatchObject({ text: '셋.', group: 1 });
		expect(engine.last).toBe('셋.');
		player.previous(); // "둘.": still the first group
		player.load('en', english);
		expect(player.current).toMatchObject({ text: 'One.', group: 0 });
		// Without groups (an older data file), the paragraph's start.
		player.next();
		player.load('ko', [{ id: 'p', text: '하나. 둘. 셋.' }]);
		expect(player.current?.text).toBe('하나.');
	});

	test('speech stopped from outside pauses at that sentence; a real failure is reported', async () => {
		const { engine, player } = await ready();
		player.play();
		engine.fail('interrupted');
		expect(player.status).toBe('paused');
		expect(player.error).toBe('');
		player.play();
		expect(engine.last).toBe('First sentence.');
		engine.fail('synthesis-failed');
		expect(player.status).toBe('paused');
		expect(player.error).toBe('synthesis-failed');
	});

	test('resumes where reading stopped after a reload', async () => {
		const first = await ready();
		first.player.readFrom('two');
		first.engine.finish();
		const saved = first.save.mock.lastCall![0];
		const { player } = await ready(undefined, sanitizeSpeechPreferences(JSON.parse(JSON.stringify(saved))));
		expect(player.current?.text).toBe('Fourth sentence.');
	});
});

describe('voices', () => {
	test('with no voice for the language the player says so and will not play', async () => {
		const { engine, player } = await ready([voice('kok-voice', 'kok-IN'), voice('ko-voice', 'ko-KR')]);
		expect(player.status).toBe('no-voice');
		player.play();
		expect(engine.spoken).toEqual([]);
	});

	test('"ko" matches Korean voices but never Konkani ("kok")', async () => {
		const { player } = await ready([voice('en', 'en-US'), voice('konkani', 'kok-IN'), voice('korean', 'ko-KR')]);
		player.load('ko', korean);
		expect(player.voices.map((v) => v.id)).toEqual(['korean']);
	});

	test('prefers a local voice, then the default, and remembers the choice per language', async () => {
		const voices = [
			voice('remote', 'en-US', false, true),
			voice('local-b', 'en-GB', true),
			voice('local-a', 'en-US', true, true),
			voice('ko', 'ko-KR')
		];
		const { player, engine, save } = await ready(voices);
		expect(player.voices.map((v) => v.id)).toEqual(['local-a', 'local-b', 'remote']);
		expect(player.voice?.id).toBe('local-a');
		player.setVoice('remote');
		player.play();
		expect(engine.spoken.at(-1)?.voiceId).toBe('remote');
		player.load('ko', korean);
		expect(player.voice?.id).toBe('ko');
		player.load('en', paragraphs);
		expect(player.voice?.id).toBe('remote');
		expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ voices: { en: 'remote' } }));
	});

	test('voices that arrive late are picked up', async () => {
		vi.useFakeTimers();
		const engine = new FakeEngine([]);
		const player = new Player(engine, sanitizeSpeechPreferences(null));
		player.load('en', paragraphs);
		const started = player.start();
		engine.setVoices([voice('late', 'en-US')]);
		await started;
		expect(player.status).toBe('stopped');
		expect(player.voice?.id).toBe('late');
		vi.useRealTimers();
	});

	test('without the Web Speech API the player is unsupported', async () => {
		const engine = new FakeEngine();
		engine.supported = false;
		const player = new Player(engine, sanitizeSpeechPreferences(null));
		await player.start();
		expect(player.status).toBe('unsupported');
	});
});

describe('saved preferences', () => {
	test.each([null, 'garbage', 42, [], { rate: 'fast', voices: [1], highlight: 'yes', position: { lang: 5 } }])(
		'%j falls back to defaults',
		(raw) => {
			expect(sanitizeSpeechPreferences(raw)).toEqual({ rate: 1, voices: {}, highlight: true, shortcuts: true, position: undefined });
		}
	);

	test('keeps valid fields and clamps the rate', () => {
		expect(sanitizeSpeechPreferences({ rate: 9, voices: { ko: 'v', ru: 3 }, shortcuts: false })).toMatchObject({
			rate: 2,
			voices: { ko: 'v' },
			shortcuts: false
		});
	});
});

test('a disposed player stops speaking and no longer follows voice changes', async () => {
	const engine = new FakeEngine([voice('en', 'en-US')]);
	const player = new Player(engine, sanitizeSpeechPreferences(null));
	player.load('en', paragraphs);
	await player.start();
	player.play();
	player.dispose();
	expect(player.status).toBe('stopped');
	engine.setVoices([]);
	expect(player.status).toBe('stopped');
});

test("among equal voices, the language's own variety comes before regional ones", async () => {
	const { player } = await ready([voice('Russian (Latvia)', 'ru-LV'), voice('Russian', 'ru'), voice('en', 'en-US')]);
	player.load('ru', paragraphs);
	expect(player.voices.map((v) => v.id)).toEqual(['Russian', 'Russian (Latvia)']);
});

describe('listening in two languages', () => {
	test('reads each paragraph in the page language, then its counterpart in the partner’s voice', async () => {
		const { engine, player } = await ready();
		player.load('en', paragraphs, { lang: 'ko', paragraphs: korean });
		player.play();
		const heard: { text: string; lang: string; voiceId?: string }[] = [];
		for (let i = 0; i < 5; i++) {
			const { text, lang, voiceId } = engine.spoken.at(-1)!;
			heard.push({ text, lang, voiceId });
			engine.finish();
		}
		expect(heard).toEqual([
			{ text: 'First sentence.', lang: 'en', voiceId: 'en-voice' },
			{ text: 'Second sentence.', lang: 'en', voiceId: 'en-voice' },
			{ text: '첫 문장입니다.', lang: 'ko', voiceId: 'ko-voice' },
			{ text: '둘째 문장입니다.', lang: 'ko', voiceId: 'ko-voice' },
			{ text: 'Third sentence.', lang: 'en', voiceId: 'en-voice' }
		]);
		expect(player.current?.lang).toBeUndefined();
	});

	test('paragraph skips land on the page language’s text, never mid-counterpart', async () => {
		const { player } = await ready();
		player.load('en', paragraphs, { lang: 'ko', paragraphs: korean });
		player.nextParagraph();
		expect(player.current).toMatchObject({ paragraphId: 'two', text: 'Third sentence.' });
		player.previousParagraph();
		expect(player.current).toMatchObject({ paragraphId: 'one', text: 'First sentence.' });
	});

	test('without a voice for the partner language its text is skipped, never read in another voice', async () => {
		const { engine, player } = await ready([voice('en-voice', 'en-US')]);
		player.load('en', paragraphs, { lang: 'ko', paragraphs: korean });
		expect(player.partnerVoices).toEqual([]);
		player.play();
		engine.finish();
		engine.finish();
		expect(engine.spoken.map((u) => u.text)).toEqual(['First sentence.', 'Second sentence.', 'Third sentence.']);
		expect(engine.spoken.every((u) => u.lang === 'en')).toBe(true);
	});

	test('turning it off goes back to one language from the same paragraph', async () => {
		const { engine, player } = await ready();
		player.load('en', paragraphs, { lang: 'ko', paragraphs: korean });
		player.play();
		engine.finish();
		engine.finish();
		expect(player.current?.lang).toBe('ko');
		player.load('en', paragraphs);
		expect(player.current).toMatchObject({ paragraphId: 'one', text: 'First sentence.' });
		expect(engine.last).toBe('First sentence.');
		expect(player.sentences.some((s) => s.lang)).toBe(false);
	});
});
