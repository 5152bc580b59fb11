import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// Icons for the manifest and iOS, made from the favicon; the PNGs are committed so builds need no image tools.
export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		transparent: { ...minimal2023Preset.transparent, sizes: [192, 512] },
		maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: '#1d5fb0' } },
		apple: { sizes: [180], padding: 0.2, resizeOptions: { background: '#1d5fb0' } }
	},
	images: ['static/favicon.svg']
});
