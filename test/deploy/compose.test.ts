import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true });
const dockerfile = readFileSync('Dockerfile', 'utf8');
const buildRoots = (JSON.parse(readFileSync('tsconfig.build.json', 'utf8')) as { include: string[] }).include;

/** `dist/src/x.js` (relative to WORKDIR /app) → `src/x.ts`, when tsconfig.build.json compiles it. */
function sourceOf(output: string): string | null {
  const match = /^(?:\/app\/)?dist\/(.+)\.js$/.exec(output);
  if (!match) return null;
  const source = `${match[1]}.ts`;
  return buildRoots.some((root) => source.startsWith(`${root}/`)) && existsSync(source) ? source : null;
}

/** The script a `node <script> …` command runs. */
const scriptOf = (command: string[]) => (command[0] === 'node' ? command[1]! : '');

/** Compose's interpolation of `${VAR:-default}`, `${VAR}` and `$$` against `env`, as `docker compose config` does. */
const interpolate = (value: string, env: Record<string, string>) =>
  value.replace(/\$\$|\$\{(\w+)(?::-([^}]*))?\}/g, (whole, name?: string, fallback?: string) =>
    whole === '$$' ? '$' : env[name!] || (fallback ?? ''));

/** The settings .env.example gives, and the ones it shows commented out (`# KEY=value`). */
const example = readFileSync('.env.example', 'utf8');
const exampleValues = (commented: boolean) =>
  Object.fromEntries([...example.matchAll(new RegExp(`^${commented ? '# ' : ''}([A-Z_]+)=(\\S*)`, 'gm'))].map((m) => [m[1]!, m[2]!]));

describe('docker-compose.yml', () => {
  const { indexer, bot, postgres } = compose.services;

  it('GIVEN the services THEN an indexer job, then a bot that waits for it to succeed', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'indexer', 'postgres']);
    expect(bot.depends_on.indexer).toEqual({ condition: 'service_completed_successfully' });
    expect(bot.restart).toBe('unless-stopped');
    expect(indexer.image).toBe(bot.image);
    expect(indexer.build).toBe('.');
  });

  it('GIVEN each command THEN it runs a file the build produces', () => {
    expect(indexer.command.slice(2)).toEqual(['index']);
    expect(sourceOf(scriptOf(indexer.command))).toBe('src/transports/cli/main.ts');
    expect(sourceOf(scriptOf(bot.command))).toBe('src/main.ts');
  });

  it('GIVEN the bot THEN a health check runs a real, compiled script', () => {
    const [kind, ...command] = bot.healthcheck.test as string[];
    expect(kind).toBe('CMD');
    expect(sourceOf(scriptOf(command))).toBe('src/transports/discord/healthcheck.ts');
    expect(bot.healthcheck).toMatchObject({ interval: expect.any(String), retries: expect.any(Number) });
  });

  it('GIVEN the volumes THEN index and models live in declared named volumes both services share', () => {
    for (const service of [indexer, bot]) {
      expect(service.volumes).toEqual(expect.arrayContaining(['embeddings:/app/embeddings', 'models:/app/models']));
      for (const bind of service.volumes.filter((v: string) => v.startsWith('./'))) expect(existsSync(bind.split(':')[0])).toBe(true);
    }
    expect(Object.keys(compose.volumes).sort()).toEqual(['embeddings', 'models', 'pgdata']);
  });

  it('GIVEN the postgres profile THEN a pinned pgvector image, its own named volume, a pg_isready health check, no host port', () => {
    expect(postgres.profiles).toEqual(['postgres']);
    expect(postgres.image).toMatch(/^pgvector\/pgvector:\d+\.\d+\.\d+-pg\d+/); // pgvector version and PostgreSQL major pinned
    expect(postgres.volumes).toEqual(['pgdata:/var/lib/postgresql/data']);
    expect(postgres.ports).toBeUndefined();
    const [kind, command] = postgres.healthcheck.test as string[];
    expect(kind).toBe('CMD-SHELL');
    // `$$` reaches the container as `$`: pg_isready checks the user and database the container was created with.
    expect(interpolate(command!, {})).toBe('pg_isready -U ${POSTGRES_USER} -d ${POSTGRES_DB}');
    expect(postgres.healthcheck).toMatchObject({ interval: expect.any(String), retries: expect.any(Number), start_period: expect.any(String) });
  });

  it('GIVEN the POSTGRES_* settings THEN defaults in compose match .env.example, and its DATABASE_URL example reaches that database', () => {
    const fromCompose = Object.fromEntries(Object.entries(postgres.environment as Record<string, string>).map(([k, v]) => [k, interpolate(v, {})]));
    const documented = exampleValues(false);
    for (const key of ['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB']) expect(fromCompose[key], key).toBe(documented[key]);
    const url = new URL(exampleValues(true).DATABASE_URL!);
    expect(url.protocol).toBe('postgres:');
    expect(compose.services[url.hostname]).toBe(postgres); // the host is the service's name on the compose network
    expect([url.username, url.password, url.pathname.slice(1)]).toEqual([documented.POSTGRES_USER, documented.POSTGRES_PASSWORD, documented.POSTGRES_DB]);
    expect(exampleValues(true).COMPOSE_PROFILES).toBe('postgres');
  });

  it('GIVEN bot and indexer THEN DATABASE_URL comes from .env (empty: files) and they wait for a healthy postgres only when its profile is on', () => {
    for (const service of [indexer, bot]) {
      expect(interpolate(service.environment.DATABASE_URL, {})).toBe('');
      expect(interpolate(service.environment.DATABASE_URL, { DATABASE_URL: 'postgres://u:p@postgres:5432/d' })).toBe('postgres://u:p@postgres:5432/d');
      expect(service.depends_on.postgres).toEqual({ condition: 'service_healthy', required: false });
      expect(service.profiles).toBeUndefined(); // `docker compose up` without a profile still runs them
    }
  });

  it('GIVEN any dependency on a service with a profile THEN it is optional, so compose accepts the file with the profile off', () => {
    for (const [name, service] of Object.entries(compose.services as Record<string, any>)) {
      for (const [target, dependency] of Object.entries((service.depends_on ?? {}) as Record<string, any>)) {
        expect(compose.services[target], `${name} depends on ${target}`).toBeDefined();
        const shared = (service.profiles ?? []).some((p: string) => compose.services[target].profiles?.includes(p));
        if (compose.services[target].profiles && !shared) expect(dependency.required, `${name} → ${target}`).toBe(false);
      }
      for (const profile of service.profiles ?? []) expect(profile).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/);
    }
  });

  it('GIVEN env_file .env THEN .env.example documents it, including the Discord settings', () => {
    expect(bot.env_file).toBe('.env');
    for (const key of ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_ADMIN_ROLE_IDS', 'ASK_RATE_LIMIT', 'DISCORD_SHARDS']) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
  });
});

describe('Dockerfile', () => {
  const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));

  it('GIVEN its stages THEN node:20-bookworm-slim, native build tools only in the build stage, a non-root runtime', () => {
    expect(lines.filter((l) => l.startsWith('FROM '))).toEqual(['FROM node:20-bookworm-slim AS build', 'FROM node:20-bookworm-slim']);
    const [build, runtime] = dockerfile.split(/^FROM .*$/m).slice(1);
    expect(build).toMatch(/python3 make g\+\+/);
    expect(runtime).not.toMatch(/g\+\+/);
    expect(runtime).toMatch(/^USER node$/m);
  });

  it('GIVEN npm ci THEN the CUDA download is skipped before it and dev dependencies are pruned after', () => {
    const skip = lines.findIndex((l) => /^ENV ONNXRUNTIME_NODE_INSTALL_CUDA=skip$/.test(l));
    const ci = lines.findIndex((l) => /^RUN .*npm ci/.test(l));
    expect(skip).toBeGreaterThanOrEqual(0);
    expect(skip).toBeLessThan(ci);
    expect(lines[ci]).toMatch(/npm prune --omit=dev/);
  });

  it('GIVEN every COPY from the context THEN its sources exist, and .dockerignore keeps secrets out', () => {
    const copies = lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from='));
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const sources = copy.split(/\s+/).slice(1, -1).filter((s) => !s.startsWith('--'));
      for (const source of sources) expect(existsSync(source), `${source} in "${copy}"`).toBe(true);
    }
    expect(readFileSync('.dockerignore', 'utf8')).toMatch(/^\.env$/m);
  });

  it('GIVEN CMD THEN it starts a real build output', () => {
    const cmd = JSON.parse(lines.find((l) => l.startsWith('CMD '))!.slice(4)) as string[];
    expect(sourceOf(scriptOf(cmd))).toBe('src/main.ts');
  });
});
