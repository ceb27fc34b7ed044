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

describe('docker-compose.yml', () => {
  const { indexer, bot } = compose.services;

  it('GIVEN the services THEN an indexer job, then a bot that waits for it to succeed', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'indexer']);
    expect(bot.depends_on).toEqual({ indexer: { condition: 'service_completed_successfully' } });
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
    expect(Object.keys(compose.volumes).sort()).toEqual(['embeddings', 'models']);
  });

  it('GIVEN env_file .env THEN .env.example documents it, including the Discord settings', () => {
    expect(bot.env_file).toBe('.env');
    const example = readFileSync('.env.example', 'utf8');
    for (const key of ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_ADMIN_ROLE_IDS', 'ASK_RATE_LIMIT']) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
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
