/** Static servers a test can start, stop and swap on one origin, to cut the network for real. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/serve.js';

export type ServerKind = 'node' | 'nginx';

/** Which servers this machine can run: the project's own always, nginx when it is installed. */
export const serverKinds: ServerKind[] = [
	'node',
	...(spawnSync('nginx', ['-v']).status === 0 || existsSync('/usr/sbin/nginx') ? (['nginx'] as const) : [])
];

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

export class TestServer {
	#server?: Server;
	#nginx?: ChildProcess;
	port = 0;

	/** The project's static server, or nginx with deploy/nginx.conf. */
	constructor(readonly kind: ServerKind = 'node') {}

	get origin(): string {
		return `http://localhost:${this.port}`;
	}

	/** Serves `dir` on this server's port (a free one the first time). */
	async start(dir = 'build'): Promise<void> {
		if (this.kind === 'nginx') return this.#startNginx(dir);
		const server: Server = createStaticServer(dir);
		await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
		this.port = (server.address() as AddressInfo).port;
		this.#server = server;
	}

	/** Stops serving and drops open connections: the page's next request fails like a dead network. */
	async #startNginx(dir: string): Promise<void> {
		this.port ||= await freePort();
		const work = mkdtempSync(join(tmpdir(), 'reader-nginx-'));
		const nginx = spawn('bash', ['scripts/nginx.sh', dir, String(this.port), work], { stdio: 'ignore' });
		this.#nginx = nginx;
		for (let i = 0; i < 100; i++) {
			if (
				await fetch(`${this.origin}/`).then(
					(r) => r.ok,
					() => false
				)
			)
				return;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		throw new Error(`nginx did not start on port ${this.port}; see ${work}/error.log`);
	}

	async stop(): Promise<void> {
		const nginx = this.#nginx;
		this.#nginx = undefined;
		if (nginx) {
			const exited = new Promise((resolve) => nginx.once('exit', resolve));
			nginx.kill('SIGTERM');
			await exited;
			return;
		}
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
	chmodSync(dir, 0o755); // nginx's workers run as another user
	cpSync('build', dir, { recursive: true });
	const version = JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')).version as string;
	const next = `${version}-next`;
	const edits: [string, string, string][] = [
		['en/index.html', from, to],
		['en/page.json', from, to],
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
