// Written as build/404.html, which static hosts serve for any unknown path.
export const trailingSlash = 'ignore';
