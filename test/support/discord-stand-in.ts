/**
 * A local stand-in for Discord's REST API and gateway (v10), so the bot can be tested end to end with the
 * real discord.js client on 127.0.0.1. Nothing here talks to anything but loopback.
 *
 * ```ts
 * const discord = await startDiscordStandIn();
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBaseUrl } });
 * client.on(Events.InteractionCreate, handleInteraction);
 * await Promise.all([once(client, Events.ClientReady), client.login(discord.token)]);
 *
 * await new REST({ api: discord.apiBaseUrl }).setToken(discord.token)
 *   .put(Routes.applicationGuildCommands(discord.applicationId, discord.guildId), { body: [ask.data.toJSON()] });
 *
 * const handle = discord.sendInteraction(discord.chatInput({ name: 'ask', options: { question: 'Wer?' } }));
 * expect((await handle.callback()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
 * expect((await handle.finalReply()).content).toContain('Quelle');
 * expect(discord.unexpectedRequests()).toEqual([]);
 *
 * await client.destroy();
 * await discord.close();
 * ```
 *
 * What it serves (paths relative to `apiBaseUrl`, any `/vN` prefix accepted):
 * - `GET /gateway/bot`, `GET /gateway` → the gateway at `ws://127.0.0.1:PORT/gateway`; HELLO, IDENTIFY → READY +
 *   GUILD_CREATE (one guild with one text channel), heartbeat → ACK, RESUME → RESUMED; `encoding=json` with or
 *   without `compress=zlib-stream` (discord.js only asks for zlib-stream when `zlib-sync` is installed).
 * - Shards: IDENTIFY's `shard: [id, count]` decides which guilds a session gets (`otherGuildIds` adds guilds; Discord's
 *   rule `(guild_id >> 22) % count`, see `shardOf`), and each interaction goes only to the session of its guild's
 *   shard; `GET /gateway/bot` answers `recommendedShards` and `maxConcurrency`. `readyShards()` lists who is connected.
 * - `GET /users/@me`, `GET /applications/@me`.
 * - Commands: `GET|PUT|POST /applications/:app/commands` and `…/guilds/:guild/commands`, `DELETE …/commands/:id`.
 *   A bulk overwrite keeps the id of a command whose name already existed, like Discord.
 * - Interactions: `POST /interactions/:id/:token/callback` (204, or a callback response with `?with_response=true`),
 *   `GET|PATCH|DELETE /webhooks/:app/:token/messages/(@original|:id)`, `POST /webhooks/:app/:token` (follow-up).
 *   Like Discord it answers 404 10062 to a callback after `ackDeadlineMs` (3 s), 400 40060 to a second
 *   callback, 404 10008 to editing `@original` before the callback, 400 50006 to an empty message and
 *   400 50035 to over-long content/embeds/choices and invalid command names.
 * - Threads and channel messages: `POST /channels/:channel/messages/:message/threads` (a public thread whose id is the
 *   message's, 400 160004 for a second one; THREAD_CREATE dispatched, and active threads listed in GUILD_CREATE after a
 *   reconnect), `POST /channels/:channel/messages` (kept per channel: `channelMessages(id)`), `POST …/typing`.
 * - Attachments: `attachment(name, bytes, type)` stores a file served at `GET /attachments/:id/:name` (outside `/api`,
 *   like Discord's CDN); pass it to `chatInput({ attachments })` and its id as the option value.
 * - Components: `button({ message, customId })` (type 3, on `messageOf(handle)`), `modalSubmit({ customId, values })`
 *   (type 5, values inside Label components); modal callbacks (type 9) are checked (title ≤ 45, 1–5 components),
 *   message components too (≤ 5 rows of ≤ 5, custom ids ≤ 100); `UpdateMessage`/`DeferredMessageUpdate` make the
 *   component's message the one `@original` edits.
 * - Messages from members: `postMessage({ channelId, content })` dispatches MESSAGE_CREATE; the content is blank for
 *   a session that did not identify with the MESSAGE_CONTENT intent, as on Discord.
 * - Anything else: 404 `{ message, code: 0 }`, recorded and listed by `unexpectedRequests()`.
 *
 * Every REST request is recorded in `requests` (method, path, query, JSON body, files, status, timestamp).
 * Use `watchOutboundTraffic()` to prove that a test connected nowhere but loopback.
 *
 * Notes:
 * - Logging in costs one REST call (`GET /gateway/bot`); wait for `Events.ClientReady` (`'ready'` is deprecated).
 * - `chatInput`/`autocomplete` default to the stand-in's guild and channel, locale `de`, a member with ordinary
 *   permissions; `guildId: null` makes a DM. Option types come from the registered command, so register first.
 * - discord.js always sends `?with_response=false|true` on callbacks: false → 204, true → callback response body.
 * - `handle.finalReply()` resolves after the bot has been quiet for 50 ms; follow-ups are in `handle.followUps()`.
 */
import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import diagnosticsChannel from 'node:diagnostics_channel';
import zlib from 'node:zlib';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  GatewayDispatchEvents,
  GatewayOpcodes,
  InteractionContextType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionGuildMember,
  type APIUser,
} from 'discord.js';

/** Options for {@link startDiscordStandIn}; every id is a snowflake string. */
export interface DiscordStandInOptions {
  applicationId?: string;
  /** Defaults to the application id, as for real bots. */
  botUserId?: string;
  botUsername?: string;
  guildId?: string;
  guildName?: string;
  channelId?: string;
  /** If set, REST calls with another bot token get 401 and IDENTIFY with another token is closed with 4004. */
  token?: string;
  /** Sent in HELLO; the client's first heartbeat comes after a random fraction of it. */
  heartbeatIntervalMs?: number;
  /** Discord drops interactions not acknowledged within 3 s; so does the stand-in (404, code 10062). */
  ackDeadlineMs?: number;
  /** More guilds the bot is in (each with one text channel); with shards, each goes to the shard that owns it. */
  otherGuildIds?: string[];
  /** `shards` in `GET /gateway/bot` (Discord's recommended shard count); default 1. */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency` in `GET /gateway/bot`; default 1 (large bots get 16). */
  maxConcurrency?: number;
}

/** The shard that receives a guild's events, as Discord computes it: `(guild_id >> 22) % shard_count`. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** One REST request as the stand-in received it. */
export interface RecordedRequest {
  method: string;
  /** Path without `/api` and `/vN`, e.g. `/applications/1/commands`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (or `payload_json` of a multipart body); `undefined` when there was none. */
  body: unknown;
  files: RecordedFile[];
  authorization: string | undefined;
  /** Route pattern that answered, e.g. `PATCH /webhooks/:app/:token/messages/:message`; null when none did. */
  route: string | null;
  status: number;
  /** `Date.now()` when the request arrived. */
  timestamp: number;
}

/** A file uploaded in a multipart request. */
export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

/** What the bot sent in answer to one interaction. */
export interface InteractionResponse {
  kind: 'callback' | 'editOriginal' | 'fetchOriginal' | 'deleteOriginal' | 'followUp' | 'editFollowUp' | 'deleteFollowUp' | 'fetchFollowUp';
  request: RecordedRequest;
  /** The request body (for a callback: `{ type, data }`). */
  body: any;
  /** Milliseconds between dispatching the interaction and receiving this request. */
  at: number;
  status: number;
}

/** Options of the {@link DiscordStandIn.chatInput} builder. */
export interface ChatInputInput {
  name: string;
  /**
   * Option values by name (types taken from the registered command when there is one, else string → 3,
   * integer → 4, other number → 10, boolean → 5), or raw API options.
   */
  options?: Record<string, string | number | boolean> | APIApplicationCommandInteractionDataOption[];
  subcommand?: string;
  subcommandGroup?: string;
  user?: Partial<APIUser>;
  /** Overrides for the guild member (ignored in DMs). */
  member?: Partial<APIInteractionGuildMember>;
  /** The interaction's guild; `null` for a DM with the bot. Defaults to the stand-in's guild. */
  guildId?: string | null;
  channelId?: string;
  /** The member's permissions in the channel (bitfield); default: Send Messages + View Channel etc. */
  permissions?: bigint | string;
  appPermissions?: bigint | string;
  /** Default `de`. */
  locale?: string;
  /** Uploaded files for attachment options (from `discord.attachment(...)`); the option's value is the id. */
  attachments?: Json[];
}

/** Options of the {@link DiscordStandIn.button} builder: a click on a button of a message the bot sent. */
export interface ButtonInput extends Omit<ChatInputInput, 'name' | 'options' | 'subcommand' | 'subcommandGroup'> {
  /** The message carrying the button, e.g. `discord.messageOf(handle)`. */
  message: Json;
  customId: string;
}

/** Options of the {@link DiscordStandIn.modalSubmit} builder. */
export interface ModalSubmitInput extends Omit<ButtonInput, 'message'> {
  /** Values by component custom id: a string for a text input, an array for a string select. */
  values: Record<string, string | string[]>;
  message?: Json;
}

/** Options of the {@link DiscordStandIn.autocomplete} builder. */
export interface AutocompleteInput extends Omit<ChatInputInput, 'options'> {
  /** Name of the option being typed. */
  focused: string;
  /** What the user has typed so far. */
  value: string;
  /** Other options already filled in. */
  options?: Record<string, string | number | boolean>;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
let snowflakeCounter = 0n;
/** A fresh snowflake for the current time. */
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | snowflakeCounter).toString();
}

/** Default member permissions: View Channel, Send Messages, Embed Links, Read Message History, Use Application Commands. */
const DEFAULT_MEMBER_PERMISSIONS = (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 31n);
const DEFAULT_APP_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS | (1n << 15n) | (1n << 38n);

type Json = Record<string, any>;
type Reply = { status: number; body?: unknown };
type Handler = (req: RecordedRequest, params: string[]) => Reply;

interface InteractionState {
  payload: APIInteraction;
  handle: InteractionHandle;
  acknowledged: boolean;
  original: Json | undefined;
  followUps: Map<string, Json>;
}

interface GatewaySession {
  socket: WebSocket;
  sessionId: string;
  seq: number;
  ready: boolean;
  /** The intents sent in IDENTIFY (message content is blanked without MESSAGE_CONTENT, as on Discord). */
  intents: number;
  /** `[shard_id, num_shards]` from IDENTIFY (kept across RESUME); [0, 1] when the client sent none. */
  shard: [number, number];
  send: (payload: Json) => void;
}

/** A record of one gateway connection. */
export interface GatewayConnection {
  query: Record<string, string>;
  identify: Json | undefined;
  heartbeats: number;
  /** Every payload the client sent, in order. */
  received: Json[];
  closeCode: number | undefined;
}

/** Waits for, and collects, the bot's responses to one dispatched interaction. */
export class InteractionHandle {
  readonly messages: InteractionResponse[] = [];
  readonly dispatchedAt = Date.now();
  readonly #events = new EventEmitter();

  constructor(readonly payload: APIInteraction) {}

  /** @internal Called by the stand-in for each response. */
  record(response: InteractionResponse): void {
    this.messages.push(response);
    this.#events.emit('response', response);
  }

  /** The first response matching `predicate`, waiting up to `timeoutMs` for it. */
  async waitForResponse(predicate: (r: InteractionResponse) => boolean, timeoutMs = 5_000): Promise<InteractionResponse> {
    const found = this.messages.find(predicate);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const onResponse = (r: InteractionResponse) => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.#events.off('response', onResponse);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.#events.off('response', onResponse);
        reject(new Error(`No matching response to interaction ${this.payload.id} within ${timeoutMs} ms; got: ${this.describe()}`));
      }, timeoutMs);
      this.#events.on('response', onResponse);
    });
  }

  /** The body (`{ type, data }`) of the interaction callback. */
  async callback(timeoutMs = 5_000): Promise<{ type: InteractionResponseType; data?: any }> {
    return (await this.waitForResponse((r) => r.kind === 'callback' && r.status < 300, timeoutMs)).body;
  }

  /**
   * The last message body the bot sent as its reply: the `data` of a type 4 callback or the body of the last
   * successful PATCH of `@original`, once the bot has sent no further response for `quietMs`.
   */
  async finalReply({ timeoutMs = 5_000, quietMs = 50 } = {}): Promise<Json> {
    const deadline = Date.now() + timeoutMs;
    await this.waitForResponse((r) => replyBody(r) !== undefined, timeoutMs);
    for (let seen = -1; seen !== this.messages.length && Date.now() < deadline; ) {
      seen = this.messages.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
    const last = this.messages.map(replyBody).filter((body) => body !== undefined).at(-1);
    return last as Json;
  }

  /** The follow-up bodies sent so far (POST /webhooks/:app/:token). */
  followUps(): Json[] {
    return this.messages.filter((r) => r.kind === 'followUp' && r.status < 300).map((r) => r.body);
  }

  /** One line per response, for error messages. */
  describe(): string {
    if (this.messages.length === 0) return 'nothing';
    return this.messages.map((r) => `${r.kind}(${r.status}) at ${r.at} ms`).join(', ');
  }
}

function replyBody(r: InteractionResponse): Json | undefined {
  if (r.status >= 300) return undefined;
  if (r.kind === 'callback' && r.body?.type === InteractionResponseType.ChannelMessageWithSource) return r.body.data;
  if (r.kind === 'editOriginal') return r.body;
  return undefined;
}

/** Starts the stand-in on 127.0.0.1 with a random port. */
export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const standIn = new DiscordStandIn(options);
  await standIn.listen();
  return standIn;
}

/** A running stand-in; see the file comment. */
export class DiscordStandIn {
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** A token to log in with (any token is accepted unless `options.token` was given). */
  readonly token: string;
  readonly requests: RecordedRequest[] = [];
  readonly gatewayConnections: GatewayConnection[] = [];
  readonly botUser: APIUser;
  /** Callbacks later than this (ms after dispatch) get 404 10062, as on Discord; lower it to simulate a slow bot. */
  ackDeadlineMs: number;

  readonly #options: DiscordStandInOptions;
  readonly #server = createServer((req, res) => void this.#onHttp(req, res));
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #events = new EventEmitter();
  readonly #sessions = new Set<GatewaySession>();
  readonly #interactions = new Map<string, InteractionState>();
  /** Registered commands by scope: `global` or a guild id. */
  readonly #commands = new Map<string, APIApplicationCommand[]>();
  /** Threads created through the API, by id; announced in GUILD_CREATE as Discord does for active threads. */
  readonly #threads = new Map<string, Json>();
  /** Messages the bot posted with `POST /channels/:channel/messages`, by channel. */
  readonly #channelMessages = new Map<string, Json[]>();
  /** Bytes of uploaded attachments, served at `/attachments/:id/:name` as Discord's CDN serves them. */
  readonly #files = new Map<string, { bytes: Buffer; contentType: string }>();
  readonly #routes: [method: string, pattern: RegExp, name: string, handler: Handler][];
  /** Each guild's text channel; the first guild's is `channelId`. */
  readonly #guildChannels = new Map<string, string>();
  /** The shard each session identified as, so a RESUME on a new socket stays on its shard. */
  readonly #shardBySession = new Map<string, [number, number]>();
  #port = 0;

  constructor(options: DiscordStandInOptions) {
    this.#options = options;
    this.applicationId = options.applicationId ?? '1100000000000000001';
    this.botUserId = options.botUserId ?? this.applicationId;
    this.guildId = options.guildId ?? '1100000000000000100';
    this.channelId = options.channelId ?? '1100000000000000200';
    this.token = options.token ?? 'stand-in.bot.token';
    this.ackDeadlineMs = options.ackDeadlineMs ?? 3_000;
    this.#guildChannels.set(this.guildId, this.channelId);
    for (const id of options.otherGuildIds ?? []) this.#guildChannels.set(id, snowflake());
    this.botUser = {
      id: this.botUserId,
      username: options.botUsername ?? 'dossier-bot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
      verified: true,
      mfa_enabled: false,
    } as APIUser;
    this.#routes = this.#buildRoutes();
    this.#wss.on('connection', (socket, req) => this.#onGateway(socket, req));
    this.#server.on('upgrade', (req, socket: Socket, head) => {
      if (new URL(req.url ?? '/', 'http://x').pathname !== '/gateway') return void socket.destroy();
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#wss.emit('connection', ws, req));
    });
  }

  /** @internal */
  async listen(): Promise<void> {
    this.#server.listen(0, '127.0.0.1');
    await once(this.#server, 'listening');
    this.#port = (this.#server.address() as AddressInfo).port;
  }

  /** REST base URL for `new Client({ rest: { api } })` and `new REST({ api })`. */
  get apiBaseUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  /** The gateway URL announced by `GET /gateway/bot`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** Commands registered for a guild, or the global ones when `guildId` is omitted. */
  registeredCommands(guildId?: string): APIApplicationCommand[] {
    return this.#commands.get(guildId ?? 'global') ?? [];
  }

  /** Requests no route answered (404 from the stand-in itself). */
  unexpectedRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.route === null);
  }

  /** The first recorded request matching `predicate`, waiting up to `timeoutMs` for it. */
  async waitForRequest(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const found = this.requests.find(predicate);
    if (found) return found;
    return new Promise((resolve, reject) => {
      const onRequest = (r: RecordedRequest) => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.#events.off('request', onRequest);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.#events.off('request', onRequest);
        const seen = this.requests.map((r) => `${r.method} ${r.path}`).join(', ') || 'none';
        reject(new Error(`No matching request within ${timeoutMs} ms; requests so far: ${seen}`));
      }, timeoutMs);
      this.#events.on('request', onRequest);
    });
  }

  /** Resolves once a client has identified and received READY (and the guild). */
  async waitForSession(timeoutMs = 5_000): Promise<void> {
    if ([...this.#sessions].some((s) => s.ready)) return;
    await Promise.race([
      once(this.#events, 'session'),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`No gateway session within ${timeoutMs} ms`)), timeoutMs).unref()),
    ]);
  }

  /** Every guild the bot is in, the first being `guildId`. */
  get guildIds(): string[] {
    return [...this.#guildChannels.keys()];
  }

  /** A guild's text channel (where `chatInput` puts interactions by default). */
  channelIdOf(guildId: string): string {
    return this.#guildChannels.get(guildId) ?? this.channelId;
  }

  /** `[shard_id, num_shards]` of every ready gateway session, in the order they identified. */
  readyShards(): Array<[number, number]> {
    return [...this.#sessions].filter((s) => s.ready).map((s) => s.shard);
  }

  /** Sends a dispatch event (op 0) to every ready gateway session. */
  dispatch(event: string, data: unknown): void {
    const sessions = [...this.#sessions].filter((s) => s.ready);
    if (sessions.length === 0) throw new Error(`Cannot dispatch ${event}: no client has logged in to the stand-in`);
    for (const session of sessions) {
      session.seq += 1;
      session.send({ op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data });
    }
  }

  /** Dispatches INTERACTION_CREATE and returns a handle collecting the bot's responses. */
  sendInteraction(payload: APIInteraction): InteractionHandle {
    const handle = new InteractionHandle(payload);
    this.#interactions.set(payload.token, { payload, handle, acknowledged: false, original: undefined, followUps: new Map() });
    // Like Discord, only the shard owning the guild gets the interaction (DMs go to shard 0).
    const sessions = this.#sessionsFor(payload.guild_id ?? null);
    if (sessions.length === 0) throw new Error(`Cannot dispatch an interaction for guild ${payload.guild_id ?? 'DM'}: no ready session of its shard`);
    for (const session of sessions) this.#dispatchTo(session, GatewayDispatchEvents.InteractionCreate, payload);
    return handle;
  }

  /** A chat-input (slash) command interaction, type 2. */
  chatInput(input: ChatInputInput): APIChatInputApplicationCommandInteraction {
    const guildId = input.guildId === undefined ? this.guildId : input.guildId;
    const command = this.#findCommand(input.name, guildId);
    const schema = optionSchema(command?.options, input.subcommandGroup, input.subcommand);
    const leaf = Array.isArray(input.options)
      ? input.options
      : Object.entries(input.options ?? {}).map(([name, value]) => dataOption(name, value, schema));
    return {
      ...this.#interactionBase(input, guildId),
      type: InteractionType.ApplicationCommand,
      data: {
        id: command?.id ?? snowflake(),
        name: input.name,
        type: ApplicationCommandType.ChatInput,
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
        options: wrapSubcommand(leaf, input.subcommandGroup, input.subcommand),
        ...(input.attachments?.length ? { resolved: { attachments: Object.fromEntries(input.attachments.map((a) => [a.id, a])) } } : {}),
      },
    } as APIChatInputApplicationCommandInteraction;
  }

  /** An autocomplete interaction, type 4, for the option `focused` with the partial input `value`. */
  autocomplete(input: AutocompleteInput): APIApplicationCommandAutocompleteInteraction {
    const guildId = input.guildId === undefined ? this.guildId : input.guildId;
    const command = this.#findCommand(input.name, guildId);
    const schema = optionSchema(command?.options, input.subcommandGroup, input.subcommand);
    const others = Object.entries(input.options ?? {}).map(([name, value]) => dataOption(name, value, schema));
    const focusedType = schema.find((o) => o.name === input.focused)?.type ?? ApplicationCommandOptionType.String;
    const focused = { name: input.focused, type: focusedType, value: input.value, focused: true };
    return {
      ...this.#interactionBase(input, guildId),
      type: InteractionType.ApplicationCommandAutocomplete,
      data: {
        id: command?.id ?? snowflake(),
        name: input.name,
        type: ApplicationCommandType.ChatInput,
        ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
        options: wrapSubcommand([...others, focused] as APIApplicationCommandInteractionDataOption[], input.subcommandGroup, input.subcommand),
      },
    } as APIApplicationCommandAutocompleteInteraction;
  }

  /** The message the bot's reply to `handle` became (with its components), as Discord would store it. */
  messageOf(handle: InteractionHandle): Json | undefined {
    return this.#interactions.get(handle.payload.token)?.original;
  }

  /** A button click (message component interaction, type 3) on `message`. */
  button(input: ButtonInput): APIInteraction {
    const guildId = input.guildId === undefined ? this.guildId : input.guildId;
    return {
      ...this.#interactionBase(input, guildId),
      type: InteractionType.MessageComponent,
      message: input.message,
      data: { custom_id: input.customId, component_type: ComponentType.Button },
    } as APIInteraction;
  }

  /** A submitted modal (type 5); each value comes back inside a Label component, as Discord sends it. */
  modalSubmit(input: ModalSubmitInput): APIInteraction {
    const guildId = input.guildId === undefined ? this.guildId : input.guildId;
    const components = Object.entries(input.values).map(([customId, value], i) => ({
      type: ComponentType.Label,
      id: i + 1,
      component: Array.isArray(value)
        ? { type: ComponentType.StringSelect, id: 100 + i, custom_id: customId, values: value }
        : { type: ComponentType.TextInput, id: 100 + i, custom_id: customId, value },
    }));
    return {
      ...this.#interactionBase(input, guildId),
      type: InteractionType.ModalSubmit,
      ...(input.message ? { message: input.message } : {}),
      data: { custom_id: input.customId, components },
    } as APIInteraction;
  }

  /**
   * A file a member attached to a command: stored and served on loopback like Discord's CDN. `size` may claim
   * another size than the bytes (Discord reports the real one; use it to test a size check before download).
   */
  attachment(name: string, bytes: Buffer | string, contentType?: string, size?: number): Json {
    const id = snowflake();
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8');
    this.#files.set(id, { bytes: data, contentType: contentType ?? 'application/octet-stream' });
    const url = `http://127.0.0.1:${this.#port}/attachments/${id}/${encodeURIComponent(name)}`;
    return { id, filename: name, size: size ?? data.length, url, proxy_url: url, ...(contentType ? { content_type: contentType } : {}) };
  }

  /** Threads the bot created. */
  threads(): Json[] {
    return [...this.#threads.values()];
  }

  /** Messages the bot posted in a channel or thread (not interaction replies). */
  channelMessages(channelId: string): Json[] {
    return this.#channelMessages.get(channelId) ?? [];
  }

  /**
   * A member writes `content` in a channel or thread: dispatches MESSAGE_CREATE. Like Discord, the content reaches
   * a session only if it identified with the MESSAGE_CONTENT intent (1 << 15).
   */
  postMessage(input: { channelId: string; content: string; user?: Partial<APIUser> }): Json {
    const author = { id: '1100000000000000300', username: 'tester', discriminator: '0', global_name: 'Tester', avatar: null, ...input.user };
    const message = {
      id: snowflake(),
      type: 0,
      channel_id: input.channelId,
      guild_id: this.guildId,
      author,
      member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 },
      content: input.content,
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
    };
    for (const session of this.#sessionsFor(this.guildId)) {
      const content = (session.intents & (1 << 15)) !== 0 ? message.content : '';
      this.#dispatchTo(session, GatewayDispatchEvents.MessageCreate, { ...message, content });
    }
    return message;
  }

  /** Closes gateway connections and the HTTP server. Destroy the discord.js client first. */
  async close(): Promise<void> {
    for (const session of this.#sessions) session.socket.terminate();
    this.#sessions.clear();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- interaction payloads

  #interactionBase(input: Omit<ChatInputInput, 'name' | 'options'>, guildId: string | null): Json {
    const user: APIUser = {
      id: '1100000000000000300',
      username: 'tester',
      discriminator: '0',
      global_name: 'Tester',
      avatar: null,
      ...input.user,
    } as APIUser;
    const channelId = input.channelId ?? (guildId ? this.channelIdOf(guildId) : snowflake());
    const permissions = String(input.permissions ?? DEFAULT_MEMBER_PERMISSIONS);
    const base: Json = {
      id: snowflake(),
      application_id: this.applicationId,
      token: `interaction-token-${snowflake()}`,
      version: 1,
      app_permissions: String(input.appPermissions ?? DEFAULT_APP_PERMISSIONS),
      locale: input.locale ?? 'de',
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
      channel_id: channelId,
    };
    if (guildId === null) {
      return {
        ...base,
        user,
        channel: { id: channelId, type: ChannelType.DM, flags: 0, last_message_id: null, recipients: [user] },
        authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
        context: InteractionContextType.BotDM,
      };
    }
    return {
      ...base,
      guild_id: guildId,
      guild_locale: 'de',
      guild: { id: guildId, locale: 'de', features: [] },
      channel: { ...this.#textChannel(guildId, channelId), permissions },
      member: {
        user,
        roles: [],
        nick: null,
        avatar: null,
        joined_at: new Date(0).toISOString(),
        premium_since: null,
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        communication_disabled_until: null,
        ...input.member,
        permissions,
      },
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guildId },
      context: InteractionContextType.Guild,
    };
  }

  #findCommand(name: string, guildId: string | null): APIApplicationCommand | undefined {
    const scopes = guildId ? [guildId, 'global'] : ['global'];
    for (const scope of scopes) {
      const found = this.#commands.get(scope)?.find((c) => c.name === name);
      if (found) return found;
    }
    return undefined;
  }

  #textChannel(guildId: string, channelId = this.channelIdOf(guildId)): Json {
    return {
      id: channelId,
      type: ChannelType.GuildText,
      guild_id: guildId,
      name: 'general',
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    };
  }

  // ---------------------------------------------------------------- gateway

  #onGateway(socket: WebSocket, req: IncomingMessage): void {
    const query = Object.fromEntries(new URL(req.url ?? '/', 'http://x').searchParams);
    const connection: GatewayConnection = { query, identify: undefined, heartbeats: 0, received: [], closeCode: undefined };
    this.gatewayConnections.push(connection);
    if ((query.encoding ?? 'json') !== 'json' || (query.compress && query.compress !== 'zlib-stream')) {
      socket.close(4002, 'The stand-in speaks JSON, optionally with zlib-stream');
      return;
    }
    const session: GatewaySession = { socket, sessionId: snowflake(), seq: 0, ready: false, intents: 0, shard: [0, 1], send: jsonSender(socket, query.compress === 'zlib-stream') };
    this.#sessions.add(session);
    socket.on('close', (code) => {
      connection.closeCode = code;
      this.#sessions.delete(session);
    });
    socket.on('message', (raw: RawData) => {
      let payload: Json;
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        return void socket.close(4002, 'Error while decoding payload');
      }
      connection.received.push(payload);
      this.#onGatewayPayload(session, connection, payload);
    });
    session.send({ op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#options.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
  }

  #onGatewayPayload(session: GatewaySession, connection: GatewayConnection, payload: Json): void {
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        connection.heartbeats += 1;
        session.send({ op: GatewayOpcodes.HeartbeatAck, d: null, s: null, t: null });
        return;
      case GatewayOpcodes.Identify: {
        connection.identify = payload.d;
        session.intents = Number(payload.d?.intents ?? 0);
        if (this.#options.token && payload.d?.token !== this.#options.token) return void session.socket.close(4004, 'Authentication failed.');
        session.ready = true;
        const shard = payload.d?.shard;
        if (Array.isArray(shard) && shard.length === 2) session.shard = [Number(shard[0]), Number(shard[1])];
        this.#shardBySession.set(session.sessionId, session.shard);
        const guilds = this.guildIds.filter((id) => shardOf(id, session.shard[1]) === session.shard[0]);
        this.#dispatchTo(session, GatewayDispatchEvents.Ready, {
          v: 10,
          user: this.botUser,
          session_id: session.sessionId,
          resume_gateway_url: this.gatewayUrl,
          session_type: 'normal',
          guilds: guilds.map((id) => ({ id, unavailable: true })),
          shard: payload.d?.shard,
          application: { id: this.applicationId, flags: 0 },
        });
        for (const id of guilds) this.#dispatchTo(session, GatewayDispatchEvents.GuildCreate, this.#guildCreate(id));
        this.#events.emit('session');
        return;
      }
      case GatewayOpcodes.Resume:
        session.ready = true;
        session.shard = this.#shardBySession.get(String(payload.d?.session_id)) ?? session.shard;
        session.seq = Number(payload.d?.seq ?? 0);
        this.#dispatchTo(session, GatewayDispatchEvents.Resumed, {});
        this.#events.emit('session');
        return;
      default:
        return; // presence updates, member requests …: recorded in `received`, otherwise ignored
    }
  }

  #dispatchTo(session: GatewaySession, event: string, data: unknown): void {
    session.seq += 1;
    session.send({ op: GatewayOpcodes.Dispatch, t: event, s: session.seq, d: data });
  }

  /** The ready sessions that receive a guild's events: those of the shard owning it (shard 0 for DMs). */
  #sessionsFor(guildId: string | null): GatewaySession[] {
    return [...this.#sessions].filter((s) => s.ready && (guildId === null ? s.shard[0] === 0 : shardOf(guildId, s.shard[1]) === s.shard[0]));
  }

  #guildCreate(guildId: string): Json {
    return {
      id: guildId,
      name: this.#options.guildName ?? 'Stand-in Guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '1100000000000000999',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'de',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      roles: [
        {
          id: guildId,
          name: '@everyone',
          color: 0,
          colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: String(DEFAULT_MEMBER_PERMISSIONS),
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      voice_states: [],
      members: [],
      channels: [this.#textChannel(guildId)],
      threads: [...this.#threads.values()].filter((t) => t.guild_id === guildId),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- REST

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = req.headers['content-type'] ?? '';
    let body: unknown;
    let malformed = false;
    const files: RecordedFile[] = [];
    try {
      if (raw.length > 0 && contentType.startsWith('multipart/form-data')) {
        const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
        for (const [field, value] of form) {
          if (typeof value === 'string') {
            if (field === 'payload_json') body = JSON.parse(value);
          } else {
            files.push({ field, name: value.name, contentType: value.type, size: value.size });
          }
        }
      } else if (raw.length > 0) {
        body = contentType.includes('json') ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8');
      }
    } catch {
      malformed = true;
      body = raw.toString('utf8');
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname).replace(/^\/api(\/v\d+)?/, ''),
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      authorization: req.headers.authorization,
      route: null,
      status: 0,
      timestamp: Date.now(),
    };

    let reply: Reply = { status: 404, body: { message: '404: Not Found', code: 0 } };
    const file = /^\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (file && req.method === 'GET' && this.#files.has(file[1]!)) {
      const { bytes, contentType: type } = this.#files.get(file[1]!)!;
      record.route = 'GET /attachments/:id/:name';
      record.status = 200;
      this.requests.push(record);
      this.#events.emit('request', record);
      res.writeHead(200, { 'content-type': type, 'content-length': bytes.length }).end(bytes);
      return;
    }
    if (malformed) {
      reply = { status: 400, body: { message: 'The request body contains invalid JSON.', code: 50109 } };
    } else if (url.pathname.startsWith('/api')) {
      for (const [method, pattern, name, handler] of this.#routes) {
        const match = method === record.method ? pattern.exec(record.path) : null;
        if (!match) continue;
        record.route = `${method} ${name}`;
        const authorized = !name.startsWith('/interactions') && !name.startsWith('/webhooks');
        reply =
          authorized && this.#options.token && record.authorization !== `Bot ${this.#options.token}`
            ? { status: 401, body: { message: '401: Unauthorized', code: 0 } }
            : handler(record, match.slice(1));
        break;
      }
    }
    record.status = reply.status;
    this.requests.push(record);
    this.#events.emit('request', record);
    if (reply.body === undefined) {
      res.writeHead(reply.status).end();
    } else {
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    }
  }

  #buildRoutes(): [string, RegExp, string, Handler][] {
    const id = '(\\d+)';
    const token = '([^/]+)';
    const ok = (body?: unknown): Reply => ({ status: body === undefined ? 204 : 200, body });
    const gateway = () => ok({ url: this.gatewayUrl });
    const application = () => ok({ id: this.applicationId, name: this.botUser.username, bot: this.botUser, flags: 0, description: '', icon: null, bot_public: true, bot_require_code_grant: false, verify_key: '0'.repeat(64), team: null });
    return [
      ['GET', /^\/gateway$/, '/gateway', gateway],
      ['GET', /^\/gateway\/bot$/, '/gateway/bot', () =>
        ok({
          url: this.gatewayUrl,
          shards: this.#options.recommendedShards ?? 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: this.#options.maxConcurrency ?? 1 },
        })],
      ['GET', /^\/users\/@me$/, '/users/@me', () => ok(this.botUser)],
      ['GET', /^\/applications\/@me$/, '/applications/@me', application],
      ['GET', /^\/oauth2\/applications\/@me$/, '/oauth2/applications/@me', application],
      ['GET', new RegExp(`^/applications/${id}/commands$`), '/applications/:app/commands', (_r, [app]) => this.#listCommands(app, 'global')],
      ['GET', new RegExp(`^/applications/${id}/guilds/${id}/commands$`), '/applications/:app/guilds/:guild/commands', (_r, [app, guild]) => this.#listCommands(app, guild)],
      ['PUT', new RegExp(`^/applications/${id}/commands$`), '/applications/:app/commands', (r, [app]) => this.#putCommands(app, 'global', r.body)],
      ['PUT', new RegExp(`^/applications/${id}/guilds/${id}/commands$`), '/applications/:app/guilds/:guild/commands', (r, [app, guild]) => this.#putCommands(app, guild, r.body)],
      ['POST', new RegExp(`^/applications/${id}/commands$`), '/applications/:app/commands', (r, [app]) => this.#postCommand(app, 'global', r.body)],
      ['POST', new RegExp(`^/applications/${id}/guilds/${id}/commands$`), '/applications/:app/guilds/:guild/commands', (r, [app, guild]) => this.#postCommand(app, guild, r.body)],
      ['DELETE', new RegExp(`^/applications/${id}/commands/${id}$`), '/applications/:app/commands/:command', (_r, [app, cmd]) => this.#deleteCommand(app, 'global', cmd)],
      ['DELETE', new RegExp(`^/applications/${id}/guilds/${id}/commands/${id}$`), '/applications/:app/guilds/:guild/commands/:command', (_r, [app, guild, cmd]) => this.#deleteCommand(app, guild, cmd)],
      ['POST', new RegExp(`^/channels/${id}/messages/${id}/threads$`), '/channels/:channel/messages/:message/threads', (r, [channel, message]) => this.#startThread(r, channel!, message!)],
      ['POST', new RegExp(`^/channels/${id}/typing$`), '/channels/:channel/typing', () => ok()],
      ['POST', new RegExp(`^/channels/${id}/messages$`), '/channels/:channel/messages', (r, [channel]) => this.#postChannelMessage(r, channel!)],
      ['POST', new RegExp(`^/interactions/${id}/${token}/callback$`), '/interactions/:id/:token/callback', (r, [iid, tok]) => this.#callback(r, iid!, tok!)],
      ['POST', new RegExp(`^/webhooks/${id}/${token}$`), '/webhooks/:app/:token', (r, [app, tok]) => this.#webhook(r, app!, tok!, undefined)],
      ...(['GET', 'PATCH', 'DELETE'] as const).map((method): [string, RegExp, string, Handler] => [
        method,
        new RegExp(`^/webhooks/${id}/${token}/messages/(@original|\\d+)$`),
        '/webhooks/:app/:token/messages/:message',
        (r, [app, tok, message]) => this.#webhook(r, app!, tok!, message),
      ]),
    ];
  }

  /** A public thread from a message: its id is the message's id, as on Discord; one thread per message. */
  #startThread(record: RecordedRequest, channelId: string, messageId: string): Reply {
    const body = (record.body ?? {}) as Json;
    if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 100) return invalidForm({ name: tooLong(100) });
    if (this.#threads.has(messageId)) return { status: 400, body: { message: 'A thread has already been created for this message', code: 160004 } };
    const thread = {
      id: messageId,
      type: ChannelType.PublicThread,
      guild_id: this.guildId,
      parent_id: channelId,
      owner_id: this.botUserId,
      name: body.name,
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: body.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false },
      total_message_sent: 0,
    };
    this.#threads.set(messageId, thread);
    for (const session of [...this.#sessions].filter((x) => x.ready)) this.#dispatchTo(session, GatewayDispatchEvents.ThreadCreate, { ...thread, newly_created: true });
    return { status: 201, body: thread };
  }

  #postChannelMessage(record: RecordedRequest, channelId: string): Reply {
    const body = (record.body ?? {}) as Json;
    const invalid = messageErrors(body, record.files, true);
    if (invalid) return invalid;
    const message = {
      id: snowflake(),
      type: body.message_reference ? 19 : 0,
      channel_id: channelId,
      guild_id: this.guildId,
      author: this.botUser,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      attachments: this.#attachments(record.files),
      allowed_mentions: body.allowed_mentions,
      message_reference: body.message_reference,
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: Number(body.flags ?? 0),
    };
    this.#channelMessages.set(channelId, [...(this.#channelMessages.get(channelId) ?? []), message]);
    return { status: 200, body: message };
  }

  #checkApp(app: string | undefined): Reply | undefined {
    return app === this.applicationId ? undefined : { status: 403, body: { message: 'Missing Access', code: 50001 } };
  }

  #listCommands(app: string | undefined, scope: string | undefined): Reply {
    return this.#checkApp(app) ?? { status: 200, body: this.#commands.get(scope!) ?? [] };
  }

  #putCommands(app: string | undefined, scope: string | undefined, body: unknown): Reply {
    const denied = this.#checkApp(app);
    if (denied) return denied;
    if (!Array.isArray(body)) return invalidForm({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
    const errors = body.map((command) => commandErrors(command));
    if (errors.some(Boolean)) return invalidForm(Object.fromEntries(errors.flatMap((e, i) => (e ? [[String(i), e]] : []))));
    const previous = this.#commands.get(scope!) ?? [];
    const stored = body.map((command: Json) => this.#storeCommand(command, scope!, previous.find((p) => p.name === command.name)?.id));
    this.#commands.set(scope!, stored);
    return { status: 200, body: stored };
  }

  #postCommand(app: string | undefined, scope: string | undefined, body: unknown): Reply {
    const denied = this.#checkApp(app);
    if (denied) return denied;
    const error = commandErrors(body as Json);
    if (error) return invalidForm(error);
    const existing = this.#commands.get(scope!) ?? [];
    const previous = existing.find((c) => c.name === (body as Json).name);
    const stored = this.#storeCommand(body as Json, scope!, previous?.id);
    this.#commands.set(scope!, [...existing.filter((c) => c !== previous), stored]);
    return { status: previous ? 200 : 201, body: stored };
  }

  #deleteCommand(app: string | undefined, scope: string | undefined, commandId: string | undefined): Reply {
    const denied = this.#checkApp(app);
    if (denied) return denied;
    const existing = this.#commands.get(scope!) ?? [];
    if (!existing.some((c) => c.id === commandId)) return { status: 404, body: { message: 'Unknown application command', code: 10063 } };
    this.#commands.set(scope!, existing.filter((c) => c.id !== commandId));
    return { status: 204 };
  }

  #storeCommand(command: Json, scope: string, id = snowflake()): APIApplicationCommand {
    return {
      type: ApplicationCommandType.ChatInput,
      description: '',
      options: [],
      default_member_permissions: null,
      nsfw: false,
      integration_types: [ApplicationIntegrationType.GuildInstall],
      contexts: null,
      name_localizations: null,
      description_localizations: null,
      ...command,
      name: String(command.name),
      id,
      application_id: this.applicationId,
      version: snowflake(),
      ...(scope === 'global' ? {} : { guild_id: scope }),
    } as APIApplicationCommand;
  }

  #callback(record: RecordedRequest, interactionId: string, token: string): Reply {
    const state = this.#interactions.get(token);
    if (!state || state.payload.id !== interactionId) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    const respond = (reply: Reply): Reply => {
      state.handle.record({ kind: 'callback', request: record, body: record.body, at: record.timestamp - state.handle.dispatchedAt, status: reply.status });
      return reply;
    };
    if (record.timestamp - state.handle.dispatchedAt > this.ackDeadlineMs) {
      return respond({ status: 404, body: { message: 'Unknown interaction', code: 10062 } });
    }
    if (state.acknowledged) return respond({ status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } });
    const body = (record.body ?? {}) as Json;
    const data = (body.data ?? {}) as Json;
    switch (body.type) {
      case InteractionResponseType.ChannelMessageWithSource:
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const deferred = body.type === InteractionResponseType.DeferredChannelMessageWithSource;
        const invalid = deferred ? undefined : messageErrors(data, record.files, true);
        if (invalid) return respond(invalid);
        state.original = this.#message(state, deferred ? {} : data, deferred ? [] : record.files);
        state.original.flags = (deferred ? MessageFlags.Loading | (Number(data.flags ?? 0) & MessageFlags.Ephemeral) : Number(data.flags ?? 0));
        break;
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult: {
        const invalid = choiceErrors(data.choices);
        if (invalid) return respond(invalid);
        break;
      }
      case InteractionResponseType.Modal: {
        const invalid = modalErrors(data);
        if (invalid) return respond(invalid);
        break;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        // A component's interaction edits the message the component is on.
        const message = (state.payload as Json).message as Json | undefined;
        if (!message) return respond({ status: 400, body: { message: 'Interaction has no message to update', code: 50035 } });
        state.original = message;
        if (body.type === InteractionResponseType.UpdateMessage) for (const key of ['content', 'embeds', 'components'] as const) if (key in data) message[key] = data[key];
        break;
      }
      case InteractionResponseType.PremiumRequired:
      case InteractionResponseType.LaunchActivity:
        break;
      default:
        return respond(invalidForm({ type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of the response types.` }] } }));
    }
    state.acknowledged = true;
    if (record.query.with_response !== 'true') return respond({ status: 204 });
    return respond({
      status: 200,
      body: {
        interaction: {
          id: state.payload.id,
          type: state.payload.type,
          response_message_id: state.original?.id,
          response_message_loading: body.type === InteractionResponseType.DeferredChannelMessageWithSource,
          response_message_ephemeral: ((state.original?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
        },
        resource: { type: body.type, ...(state.original ? { message: state.original } : {}) },
      },
    });
  }

  #webhook(record: RecordedRequest, app: string, token: string, messageId: string | undefined): Reply {
    const state = app === this.applicationId ? this.#interactions.get(token) : undefined;
    if (!state) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    const original = messageId === '@original' || (messageId !== undefined && messageId === state.original?.id);
    const kind = messageId === undefined ? 'followUp' : `${{ GET: 'fetch', PATCH: 'edit', DELETE: 'delete' }[record.method as 'GET']}${original ? 'Original' : 'FollowUp'}`;
    const respond = (reply: Reply): Reply => {
      state.handle.record({ kind: kind as InteractionResponse['kind'], request: record, body: record.body, at: record.timestamp - state.handle.dispatchedAt, status: reply.status });
      return reply;
    };
    const unknownMessage = { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    if (!state.acknowledged) return respond(messageId === undefined ? { status: 404, body: { message: 'Unknown Webhook', code: 10015 } } : unknownMessage);
    const body = (record.body ?? {}) as Json;

    if (messageId === undefined) {
      const invalid = messageErrors(body, record.files, true);
      if (invalid) return respond(invalid);
      const message = this.#message(state, body, record.files);
      state.followUps.set(message.id, message);
      return respond({ status: record.query.wait === 'false' ? 204 : 200, body: record.query.wait === 'false' ? undefined : message });
    }
    const message = original ? state.original : state.followUps.get(messageId);
    if (!message) return respond(unknownMessage);
    if (record.method === 'GET') return respond({ status: 200, body: message });
    if (record.method === 'DELETE') {
      if (original) state.original = undefined;
      else state.followUps.delete(messageId);
      return respond({ status: 204 });
    }
    const invalid = messageErrors(body, record.files, false);
    if (invalid) return respond(invalid);
    for (const key of ['content', 'embeds', 'components', 'poll'] as const) if (key in body) message[key] = body[key];
    if (record.files.length > 0 || 'attachments' in body) message.attachments = this.#attachments(record.files);
    message.flags = (Number(message.flags) & ~MessageFlags.Loading) | (Number(body.flags ?? 0) & ~MessageFlags.Ephemeral);
    message.edited_timestamp = new Date().toISOString();
    return respond({ status: 200, body: message });
  }

  #message(state: InteractionState, data: Json, files: RecordedFile[]): Json {
    const payload = state.payload as Json;
    const user = payload.member?.user ?? payload.user;
    return {
      id: snowflake(),
      type: 20, // MessageType.ChatInputCommand
      channel_id: payload.channel_id,
      ...(payload.guild_id ? { guild_id: payload.guild_id } : {}),
      author: this.botUser,
      content: data.content ?? '',
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      attachments: this.#attachments(files),
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: Boolean(data.tts),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: Number(data.flags ?? 0),
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      interaction_metadata: {
        id: payload.id,
        type: payload.type,
        user,
        authorizing_integration_owners: payload.authorizing_integration_owners,
      },
    };
  }

  #attachments(files: RecordedFile[]): Json[] {
    return files.map((file) => {
      const id = snowflake();
      const url = `http://127.0.0.1:${this.#port}/attachments/${id}/${encodeURIComponent(file.name)}`;
      return { id, filename: file.name, size: file.size, url, proxy_url: url, content_type: file.contentType };
    });
  }
}

// ---------------------------------------------------------------- helpers

/** Sends JSON text frames, or one zlib stream across the connection flushed per payload (`compress=zlib-stream`). */
function jsonSender(socket: WebSocket, zlibStream: boolean): (payload: Json) => void {
  if (!zlibStream) return (payload) => socket.send(JSON.stringify(payload));
  const deflate = zlib.createDeflate();
  const pending: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => pending.push(chunk));
  return (payload) => {
    deflate.write(JSON.stringify(payload));
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      if (socket.readyState === socket.OPEN) socket.send(Buffer.concat(pending.splice(0)));
    });
  };
}

/** The options of the addressed subcommand (or of the command itself). */
function optionSchema(options: APIApplicationCommandOption[] | undefined, group?: string, subcommand?: string): APIApplicationCommandOption[] {
  let level: any[] = options ?? [];
  for (const name of [group, subcommand]) {
    if (name) level = level.find((o) => o.name === name)?.options ?? [];
  }
  return level;
}

function dataOption(name: string, value: string | number | boolean, schema: APIApplicationCommandOption[]): APIApplicationCommandInteractionDataOption {
  const declared = schema.find((o) => o.name === name)?.type;
  const inferred =
    typeof value === 'boolean'
      ? ApplicationCommandOptionType.Boolean
      : typeof value === 'number'
        ? Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number
        : ApplicationCommandOptionType.String;
  return { name, type: declared ?? inferred, value } as APIApplicationCommandInteractionDataOption;
}

function wrapSubcommand(leaf: APIApplicationCommandInteractionDataOption[], group?: string, subcommand?: string): APIApplicationCommandInteractionDataOption[] {
  if (!subcommand) return leaf;
  const sub = { name: subcommand, type: ApplicationCommandOptionType.Subcommand, options: leaf };
  if (!group) return [sub] as APIApplicationCommandInteractionDataOption[];
  return [{ name: group, type: ApplicationCommandOptionType.SubcommandGroup, options: [sub] }] as APIApplicationCommandInteractionDataOption[];
}

function invalidForm(errors: Json): Reply {
  return { status: 400, body: { message: 'Invalid Form Body', code: 50035, errors } };
}

function tooLong(max: number): Json {
  return { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` }] };
}

/** Discord's message limits: content 2000, ≤ 10 embeds, embed title 256, description 4096, ≤ 25 fields, 6000 in total. */
function messageErrors(body: Json, files: RecordedFile[], isNew: boolean): Reply | undefined {
  const errors: Json = {};
  if (typeof body.content === 'string' && body.content.length > 2000) errors.content = tooLong(2000);
  const embeds: Json[] = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > 10) errors.embeds = tooLong(10);
  let total = 0;
  embeds.forEach((embed, i) => {
    const e: Json = {};
    const text = (key: string, value: unknown, max: number) => {
      if (typeof value !== 'string') return;
      total += value.length;
      if (value.length > max) e[key] = tooLong(max);
    };
    text('title', embed.title, 256);
    text('description', embed.description, 4096);
    text('footer', embed.footer?.text, 2048);
    text('author', embed.author?.name, 256);
    const fields: Json[] = embed.fields ?? [];
    if (fields.length > 25) e.fields = tooLong(25);
    fields.forEach((field) => {
      text('fields', field.name, 256);
      text('fields', field.value, 1024);
    });
    if (Object.keys(e).length > 0) errors[`embeds.${i}`] = e;
  });
  const badComponents = componentErrors(body.components);
  if (badComponents) errors.components = badComponents;
  if (total > 6000) errors.embeds = { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }] };
  if (Object.keys(errors).length > 0) return invalidForm(errors);
  const empty = !body.content && embeds.length === 0 && !body.components?.length && files.length === 0 && !body.poll && !body.sticker_ids;
  if (isNew && empty) return { status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
  return undefined;
}

/** Modals: title 1–45, custom_id 1–100, 1–5 top-level components, custom ids of inputs ≤ 100, labels ≤ 45. */
function modalErrors(data: Json): Reply | undefined {
  const errors: Json = {};
  if (typeof data.title !== 'string' || data.title.length < 1 || data.title.length > 45) errors.title = tooLong(45);
  if (typeof data.custom_id !== 'string' || data.custom_id.length < 1 || data.custom_id.length > 100) errors.custom_id = tooLong(100);
  const components: Json[] = Array.isArray(data.components) ? data.components : [];
  if (components.length < 1 || components.length > 5) errors.components = tooLong(5);
  components.forEach((c, i) => {
    if (c.type === ComponentType.Label && (typeof c.label !== 'string' || c.label.length > 45)) errors[`components.${i}.label`] = tooLong(45);
    const inner = c.component ?? c.components?.[0];
    if (!inner || typeof inner.custom_id !== 'string' || inner.custom_id.length > 100) errors[`components.${i}.component`] = tooLong(100);
  });
  return Object.keys(errors).length > 0 ? invalidForm(errors) : undefined;
}

/** Message components: ≤ 5 action rows of ≤ 5 buttons, custom ids 1–100, labels ≤ 80. */
function componentErrors(components: unknown): Json | undefined {
  if (components === undefined) return undefined;
  if (!Array.isArray(components) || components.length > 5) return tooLong(5);
  for (const row of components as Json[]) {
    if (row.type !== ComponentType.ActionRow || !Array.isArray(row.components) || row.components.length < 1 || row.components.length > 5) return tooLong(5);
    for (const c of row.components as Json[]) {
      if (c.type === ComponentType.Button && c.style !== 5 && (typeof c.custom_id !== 'string' || c.custom_id.length < 1 || c.custom_id.length > 100)) return tooLong(100);
      if (typeof c.label === 'string' && c.label.length > 80) return tooLong(80);
    }
  }
  return undefined;
}

/** Autocomplete: at most 25 choices, names 1–100 characters, string values ≤ 100. */
function choiceErrors(choices: unknown): Reply | undefined {
  if (!Array.isArray(choices)) return invalidForm({ choices: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } });
  if (choices.length > 25) return invalidForm({ choices: tooLong(25) });
  const bad = choices.findIndex((c: Json) => typeof c.name !== 'string' || c.name.length < 1 || c.name.length > 100 || (typeof c.value === 'string' && c.value.length > 100));
  return bad === -1 ? undefined : invalidForm({ [`choices.${bad}`]: tooLong(100) });
}

/** Discord's command rules: lowercase names of 1–32 characters, descriptions of 1–100, required options first. */
function commandErrors(command: Json | undefined): Json | undefined {
  if (!command || typeof command !== 'object') return { _errors: [{ code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }] };
  const errors: Json = {};
  const chatInput = (command.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
  const nameOk = (name: unknown) => typeof name === 'string' && /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u.test(name) && name === name.toLowerCase();
  if (chatInput ? !nameOk(command.name) : typeof command.name !== 'string' || command.name.length > 32) {
    errors.name = { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }] };
  }
  const descriptionOk = (d: unknown) => typeof d === 'string' && d.length >= 1 && d.length <= 100;
  if (chatInput && !descriptionOk(command.description)) errors.description = tooLong(100);
  const checkOptions = (options: Json[] | undefined, path: string) => {
    if (!options) return;
    if (options.length > 25) errors[path] = tooLong(25);
    let optionalSeen = false;
    options.forEach((option, i) => {
      const at = `${path}.${i}`;
      if (!nameOk(option.name)) errors[`${at}.name`] = { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' }] };
      if (!descriptionOk(option.description)) errors[`${at}.description`] = tooLong(100);
      if (option.choices && option.choices.length > 25) errors[`${at}.choices`] = tooLong(25);
      if (option.required && optionalSeen) errors[at] = { _errors: [{ code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', message: 'Required options must be placed before non-required options' }] };
      if (!option.required && option.type !== ApplicationCommandOptionType.Subcommand && option.type !== ApplicationCommandOptionType.SubcommandGroup) optionalSeen = true;
      checkOptions(option.options, `${at}.options`);
    });
  };
  checkOptions(command.options, 'options');
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** A host the process connected to, seen through Node's diagnostics channels. */
export interface OutboundConnection {
  via: 'net' | 'http' | 'undici';
  host: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);

/**
 * Watches every outbound connection this process starts (net sockets, http/https requests including WebSocket
 * handshakes, undici/fetch) until `stop()`; `nonLoopback()` lists those not aimed at loopback.
 */
export function watchOutboundTraffic(): { connections: OutboundConnection[]; nonLoopback(): OutboundConnection[]; stop(): void } {
  const connections: OutboundConnection[] = [];
  const onNet = (message: unknown) => {
    const socket = (message as { socket: Socket }).socket;
    socket.once('lookup', (_error, _address, _family, host) => connections.push({ via: 'net', host: String(host) }));
    socket.once('connect', () => connections.push({ via: 'net', host: String(socket.remoteAddress) }));
  };
  const onHttp = (message: unknown) => {
    const request = (message as { request: { host?: string } }).request;
    connections.push({ via: 'http', host: String(request.host) });
  };
  const onUndici = (message: unknown) => {
    const params = (message as { connectParams: { hostname?: string; host?: string } }).connectParams;
    connections.push({ via: 'undici', host: String(params.hostname ?? params.host).replace(/^\[|\]$/g, '') });
  };
  const subscriptions: [string, (message: unknown) => void][] = [
    ['net.client.socket', onNet],
    ['http.client.request.start', onHttp],
    ['undici:client:beforeConnect', onUndici],
  ];
  for (const [name, listener] of subscriptions) diagnosticsChannel.subscribe(name, listener);
  return {
    connections,
    nonLoopback: () => connections.filter((c) => !LOOPBACK.has(c.host)),
    stop: () => {
      for (const [name, listener] of subscriptions) diagnosticsChannel.unsubscribe(name, listener);
    },
  };
}
