/**
 * The reading settings panel's own strings: they come with the panel's code, which loads on first
 * use, rather than with every article page (whose first round trip has no room to spare). The
 * settings button's strings (open, title, close, loadFailed) stay with the page.
 */
export const PANEL_STRINGS = [
	'settings.closeLabel',
	'settings.theme',
	'settings.themes',
	'settings.size',
	'settings.smaller',
	'settings.larger',
	'settings.percent',
	'settings.font',
	'settings.fonts',
	'settings.fontCoverage',
	'settings.line',
	'settings.letter',
	'settings.word',
	'settings.paragraph',
	'settings.width',
	'settings.widths',
	'settings.spacing',
	'settings.ruler',
	'settings.rulerHint',
	'settings.reset',
	'settings.languageName'
];
