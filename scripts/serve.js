// Serves the static build as a static host or CDN would: precompressed files, long-lived caching
// for hashed assets, a redirect to the trailing slash, and build/404.html for unknown paths.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

export function createStaticServer(dir = 'build') {
	if (!existsSync(join(dir, 'index.html'))) throw new Error(`No build in ${dir}/: run "npm run build" first.`);
	const notFound = readFileSync(join(dir, '404.html'));
	const assets = sirv(dir, {
		brotli: true,
		gzip: true,
		etag: true,
		setHeaders(res, pathname) {
			const immutable = pathname.startsWith('/_app/immutable/');
			res.setHeader('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
			res.setHeader('X-Content-Type-Options', 'nosniff');
		}
	});
	return createServer((req, res) => {
		const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
		if (!pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(pathname) && existsSync(join(dir, pathname, 'index.html'))) {
			res.writeHead(301, { Location: `${pathname}/${search}` }).end();
			return;
		}
		assets(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
			res.end(notFound);
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	const host = process.env.HOST ?? '127.0.0.1';
	createStaticServer(process.env.BUILD_DIR ?? 'build').listen(port, host, () => {
		console.log(`Reader served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
	});
}
