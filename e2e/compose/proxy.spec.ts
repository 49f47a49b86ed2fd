// Runs the real nginx with deploy/nginx/roundtable.conf in front of two stub replicas on loopback
// (the compose host names rewritten to 127.0.0.1 ports) and checks the routing the deployment
// depends on. Skipped where nginx is not installed (Debian: apt-get install nginx-light).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './compose-file';

const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) =>
  fs.existsSync(p),
);
const describeWithNginx = nginxBinary ? describe : describe.skip;

interface Seen {
  replica: string;
  headers: http.IncomingHttpHeaders;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A stand-in replica: answers HTTP and WebSocket handshakes, saying which replica it is. */
function stubReplica(name: string): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    res.setHeader('x-replica', name);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ replica: name, headers: req.headers }));
  });
  server.on('upgrade', (req, socket) => {
    const accept = crypto
      .createHash('sha1')
      .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64');
    socket.end(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${accept}\r\nX-Replica: ${name}\r\n\r\n`,
    );
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as net.AddressInfo).port }),
    ),
  );
}

function get(url: string): Promise<Seen> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(JSON.parse(body) as Seen));
      })
      .on('error', reject);
  });
}

/** A WebSocket handshake through the proxy; resolves with the replica that answered it. */
function upgrade(url: string): Promise<{ status: number; replica: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': crypto.randomBytes(16).toString('base64'),
      },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, replica: String(res.headers['x-replica']) });
    });
    req.on('response', (res) =>
      resolve({ status: res.statusCode ?? 0, replica: String(res.headers['x-replica']) }),
    );
    req.on('error', reject);
    req.end();
  });
}

describeWithNginx('deploy/nginx/roundtable.conf in front of two replicas', () => {
  let dir: string;
  let nginx: ChildProcess | undefined;
  let proxy: string;
  const replicas: http.Server[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-nginx-'));
    const one = await stubReplica('server-1');
    const two = await stubReplica('server-2');
    replicas.push(one.server, two.server);
    const port = await freePort();
    proxy = `http://127.0.0.1:${port}`;
    const site = fs
      .readFileSync(path.join(repoRoot, 'deploy/nginx/roundtable.conf'), 'utf8')
      .replaceAll('server-1:3000', `127.0.0.1:${one.port}`)
      .replaceAll('server-2:3000', `127.0.0.1:${two.port}`)
      .replace(/listen\s+8080;/, `listen 127.0.0.1:${port};`);
    fs.writeFileSync(path.join(dir, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((t) => `${t}_temp_path ${dir};`)
      .join(' ');
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
       events { worker_connections 64; }
       http { access_log off; ${temp} include ${dir}/site.conf; }`,
    );
    const check = spawnSync(nginxBinary!, ['-t', '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx rejects the configuration:\n${check.stderr}`);
    nginx = spawn(nginxBinary!, ['-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        await get(`${proxy}/healthz`);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((r) => nginx!.once('exit', r));
      nginx.kill('SIGQUIT');
      await exited;
    }
    await Promise.all(replicas.map((s) => new Promise((r) => s.close(r))));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is accepted by nginx itself', () => {
    expect(nginx?.exitCode).toBeNull();
  });

  it('spreads ordinary requests over both replicas and tells them who the client is', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const res = await get(`${proxy}/boards`);
      seen.add(res.replica);
      expect(res.headers['x-forwarded-for']).toBe('127.0.0.1');
      expect(res.headers['x-forwarded-proto']).toBe('http');
      expect(res.headers.host).toBe(new URL(proxy).host);
    }
    expect(seen).toEqual(new Set(['server-1', 'server-2']));
  });

  it('sends every socket of one draft to the same replica, whatever the query string', async () => {
    const drafts = Array.from({ length: 12 }, () => crypto.randomUUID());
    const placement = new Map<string, string>();
    for (const draft of drafts) {
      for (let i = 0; i < 3; i++) {
        const res = await upgrade(`${proxy}/collab/${draft}?attempt=${i}`);
        expect(res.status).toBe(101);
        if (!placement.has(draft)) placement.set(draft, res.replica);
        expect({ draft, replica: res.replica }).toEqual({ draft, replica: placement.get(draft) });
      }
    }
    // Twelve drafts do not all hash to one replica: the hash spreads drafts, it does not pin them all.
    expect(new Set(placement.values()).size).toBe(2);
  });

  it('upgrades GraphQL subscription sockets on /graphql', async () => {
    const res = await upgrade(`${proxy}/graphql`);
    expect(res.status).toBe(101);
    expect(['server-1', 'server-2']).toContain(res.replica);
  });
});
