/**
 * `npm run bench:discord`: the bot (real discord.js client) against the local Discord stand-in over a real lexical
 * engine. Sends every question of test/eval/questions.json as /ask, one after another and then in bursts, and
 * reports acknowledgement (defer) and final-reply latency from the stand-in's clock, plus one full transcript.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configSchema } from '../src/config.js';
import { Engine } from '../src/core/engine.js';
import { DossierError } from '../src/core/errors.js';
import { silentLogger } from '../src/core/log.js';
import { startBot } from '../src/transports/discord/bot.js';
import { deployCommands } from '../src/transports/discord/deploy.js';
import { snowflake, startDiscordStandIn, type DiscordStandIn } from '../test/support/discord-stand-in.js';

const TRANSCRIPT_QUESTION = 'Wie viele Menschen starben im Koreakrieg?';
const BURST = 10;

const work = mkdtempSync(join(tmpdir(), 'bench-discord-'));
cpSync(resolve('corpus'), join(work, 'corpus'), { recursive: true });
const { engine } = await Engine.open(
  {
    corpusDir: join(work, 'corpus'),
    embeddingsDir: join(work, 'embeddings'),
    getEmbedder: () => Promise.reject(new DossierError('model_unavailable', 'lexical benchmark')),
    modelSettings: { dtype: 'q8', queryPrefix: 'query: ', passagePrefix: 'passage: ' },
    requireModel: false,
    maxQuestionLength: 300,
    log: silentLogger,
  },
  { buildIfMissing: true },
);
const discord = await startDiscordStandIn({ token: 'bench.stand-in.bot.token' });
const config = configSchema.parse({
  DISCORD_TOKEN: 'bench.stand-in.bot.token',
  DISCORD_APPLICATION_ID: discord.applicationId,
  DISCORD_GUILD_ID: discord.guildId,
  DISCORD_API_BASE_URL: discord.apiBaseUrl,
  ASK_RATE_LIMIT: '1000',
});
await deployCommands(config);
const bot = await startBot({ engine, config, log: silentLogger, heartbeatFile: join(work, 'heartbeat') });

const questions = (JSON.parse(readFileSync(resolve('test/eval/questions.json'), 'utf8')) as Array<{ question: string }>).map((q) => q.question);

/** One /ask: milliseconds from dispatch to the deferral and to the edited answer, and the answer itself. */
async function ask(standIn: DiscordStandIn, question: string) {
  const handle = standIn.sendInteraction(standIn.chatInput({ name: 'ask', options: { question }, user: { id: snowflake() } }));
  const ack = await handle.waitForResponse((r) => r.kind === 'callback', 10_000);
  const final = await handle.waitForResponse((r) => r.kind === 'editOriginal' || (r.kind === 'callback' && r.body.type === 4), 30_000);
  return { ackMs: ack.at, finalMs: final.at, body: final.body, ok: ack.status < 300 && final.status < 300 };
}

function stats(label: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `${label.padEnd(28)} p50 ${String(at(0.5)).padStart(4)} ms   p95 ${String(at(0.95)).padStart(4)} ms   max ${String(sorted.at(-1)).padStart(4)} ms`;
}

for (let i = 0; i < 5; i++) await ask(discord, questions[i]!); // warm-up: JIT and the first REST connections

const sequential = [];
for (const q of questions) sequential.push(await ask(discord, q));
const bursts = [];
for (let i = 0; i + BURST <= questions.length; i += BURST) bursts.push(...(await Promise.all(questions.slice(i, i + BURST).map((q) => ask(discord, q)))));
const transcript = await ask(discord, TRANSCRIPT_QUESTION);

const failures = [...sequential, ...bursts].filter((r) => !r.ok).length;
const lines = [
  `Discord /ask latency over the stand-in (lexical engine, ${questions.length} questions, ${failures} failed responses)`,
  stats('sequential: ack (defer)', sequential.map((r) => r.ackMs)),
  stats('sequential: final reply', sequential.map((r) => r.finalMs)),
  stats(`bursts of ${BURST}: ack (defer)`, bursts.map((r) => r.ackMs)),
  stats(`bursts of ${BURST}: final reply`, bursts.map((r) => r.finalMs)),
  '',
  `Transcript: the edit the bot sent for "${TRANSCRIPT_QUESTION}":`,
  JSON.stringify(transcript.body, null, 2),
];
process.stdout.write(`${lines.join('\n')}\n`);

await bot.stop();
await discord.close();
rmSync(work, { recursive: true, force: true });
