/** Static servers a test can start, stop and swap on one origin, to cut the network for real. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/serve.js';

export class TestServer {
	#server?: Server;
	port = 0;

	get origin(): string {
		return `http://localhost:${this.port}`;
	}

	/** Serves `dir` on this server's port (a free one the first time). */
	async start(dir = 'build'): Promise<void> {
		const server: Server = createStaticServer(dir);
		await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
		this.port = (server.address() as AddressInfo).port;
		this.#server = server;
	}

	/** Stops serving and drops open connections: the page's next request fails like a dead network. */
	async stop(): Promise<void> {
		const server = this.#server as (Server & { closeAllConnections(): void }) | undefined;
		this.#server = undefined;
		if (!server) return;
		await new Promise((resolve) => {
			server.close(resolve);
			server.closeAllConnections();
		});
	}
}

/**
 * A copy of the build as the next deploy: `edit` changes one English string in the page and its data,
 * and a new version makes the service worker fetch the pages again.
 */
export function nextDeploy(from: string, to: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'reader-deploy-'));
	cpSync('build', dir, { recursive: true });
	const version = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')).version as string;
	const next = `${version}-next`;
	const edits: [string, string, string][] = [
		['en/index.html', from, to],
		['en/__data.json', from, to],
		['service-worker.js', version, next],
		['_app/version.json', version, next]
	];
	for (const [file, a, b] of edits) {
		const path = join(dir, file);
		writeFileSync(path, readFileSync(path, 'utf8').replaceAll(a, b));
		rmSync(`${path}.br`, { force: true });
		rmSync(`${path}.gz`, { force: true });
	}
	return dir;
}
