declare module 'virtual:error-strings' {
	/** Per language, the error page's strings, nested as in `locales/<lang>/common.json`. */
	const strings: Record<string, object>;
	export default strings;
}
