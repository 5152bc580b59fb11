// Every page is prerendered: the reader works from a static host and, once cached, from no host at all.
export const prerender = true;
export const trailingSlash = 'always';
