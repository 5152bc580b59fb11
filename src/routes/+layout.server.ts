// Every page is prerendered: the reader works from a static host and, once cached, from no host at all.
// Server-only: a universal module would be one more script for every page to download and run.
// (The articles' trailing slash is set on their own page: on a layout it would make Kit fetch the
// layout's data from the server, and a failed fetch reload the page instead of showing the error page.)
export const prerender = true;
