import { once } from 'node:events';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  Client,
  Events,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  REST,
  Routes,
  SlashCommandBuilder,
  type Interaction,
} from 'discord.js';
import { shardOf, startDiscordStandIn, watchOutboundTraffic, type DiscordStandIn } from './discord-stand-in.js';

const echo = new SlashCommandBuilder()
  .setName('echo')
  .setDescription('Repeats a text')
  .addStringOption((o) => o.setName('text').setDescription('What to repeat').setRequired(true).setAutocomplete(true))
  .addNumberOption((o) => o.setName('weight').setDescription('A number option, to check option types'));

/** The handler under test: defers ephemerally, then edits the reply; answers autocomplete with two choices. */
async function handle(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    await interaction.respond([
      { name: `${typed} eins`, value: `${typed}-1` },
      { name: `${typed} zwei`, value: `${typed}-2` },
    ]);
    return;
  }
  if (!interaction.isChatInputCommand() || interaction.commandName === 'silent') return;
  if (interaction.commandName === 'ping') {
    const response = await interaction.reply({ content: 'pong', withResponse: true });
    await interaction.followUp({ content: `still ${response.resource?.message?.content}`, flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const text = interaction.options.getString('text', true);
  const weight = interaction.options.getNumber('weight') ?? 0;
  await interaction.editReply({ content: `${text} @everyone ${weight} ${interaction.locale}`, allowedMentions: { parse: [] } });
}

describe('Discord stand-in with the real discord.js client', () => {
  let discord: DiscordStandIn;
  let client: Client;
  const traffic = watchOutboundTraffic();
  const handlerErrors: unknown[] = [];

  beforeAll(async () => {
    discord = await startDiscordStandIn({ token: 'fake.bot.token', heartbeatIntervalMs: 100 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBaseUrl } });
    client.on(Events.InteractionCreate, (interaction) => handle(interaction).catch((error) => handlerErrors.push(error)));
    await Promise.all([once(client, Events.ClientReady), client.login('fake.bot.token')]);
  });

  afterAll(async () => {
    await client?.destroy();
    await discord?.close();
    traffic.stop();
  });

  it('GIVEN a fake token THEN the client logs in through the stand-in gateway', async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(discord.botUserId);
    expect(client.application?.id).toBe(discord.applicationId);
    expect(client.guilds.cache.get(discord.guildId)?.channels.cache.has(discord.channelId)).toBe(true);

    const [connection] = discord.gatewayConnections;
    expect(connection?.query).toEqual({ v: '10', encoding: 'json' });
    expect(connection?.identify).toMatchObject({ token: 'fake.bot.token', intents: GatewayIntentBits.Guilds, shard: [0, 1] });
    expect(discord.requests.map((r) => r.route)).toEqual(['GET /gateway/bot']);
    expect(discord.requests[0]?.authorization).toBe('Bot fake.bot.token');

    // HELLO announced 100 ms: the client heartbeats and the stand-in acknowledges.
    await expect.poll(() => connection?.heartbeats, { timeout: 2_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => client.ws.ping, { timeout: 2_000 }).toBeGreaterThanOrEqual(0);
  });

  it('GIVEN a bulk overwrite of guild commands THEN it is recorded and echoed with ids', async () => {
    const rest = new REST({ api: discord.apiBaseUrl }).setToken('fake.bot.token');
    const route = Routes.applicationGuildCommands(discord.applicationId, discord.guildId);
    const echoed = (await rest.put(route, { body: [echo.toJSON()] })) as { id: string; name: string }[];

    expect(echoed).toEqual([expect.objectContaining({ id: expect.stringMatching(/^\d{17,20}$/), name: 'echo', guild_id: discord.guildId })]);
    expect(discord.registeredCommands(discord.guildId).map((c) => c.name)).toEqual(['echo']);
    expect(discord.registeredCommands()).toEqual([]);
    const put = await discord.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`);
    expect(put.body).toEqual([echo.toJSON()]);

    // Overwriting again keeps the id, as Discord does.
    const again = (await rest.put(route, { body: [echo.toJSON()] })) as { id: string }[];
    expect(again[0]?.id).toBe(echoed[0]?.id);
  });

  it('GIVEN an invalid command name THEN the stand-in rejects it like Discord', async () => {
    const rest = new REST({ api: discord.apiBaseUrl, retries: 0 }).setToken('fake.bot.token');
    const bad = { ...echo.toJSON(), name: 'Echo' };
    await expect(rest.put(Routes.applicationCommands(discord.applicationId), { body: [bad] })).rejects.toMatchObject({ status: 400, code: 50035 });
  });

  it('GIVEN a chat-input interaction THEN the handler defers ephemerally and edits the reply', async () => {
    const interaction = discord.chatInput({ name: 'echo', options: { text: 'Hallo', weight: 2 } });
    expect(interaction.data.options).toEqual([
      { name: 'text', type: 3, value: 'Hallo' },
      { name: 'weight', type: 10, value: 2 }, // type from the registered command, not inferred integer
    ]);
    const handle = discord.sendInteraction(interaction);

    expect(await handle.callback()).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 64 } });
    const reply = await handle.finalReply();
    expect(reply).toMatchObject({ content: 'Hallo @everyone 2 de', allowed_mentions: { parse: [] } });
    expect(handle.messages.map((m) => [m.kind, m.status])).toEqual([['callback', 204], ['editOriginal', 200]]);
    expect(handle.messages[0]?.request.query).toEqual({ with_response: 'false' });
    expect(handle.messages[0]?.at).toBeLessThan(3_000);
    expect(handle.messages[1]?.request.path).toBe(`/webhooks/${discord.applicationId}/${interaction.token}/messages/@original`);
    expect(handlerErrors).toEqual([]);
  });

  it('GIVEN a reply with withResponse THEN the callback response carries the message, and a follow-up follows', async () => {
    const handle = discord.sendInteraction(discord.chatInput({ name: 'ping', guildId: null }));

    expect(await handle.callback()).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { content: 'pong' } });
    expect(await handle.finalReply()).toMatchObject({ content: 'pong' });
    await handle.waitForResponse((r) => r.kind === 'followUp');
    expect(handle.followUps()).toEqual([expect.objectContaining({ content: 'still pong', flags: 64 })]);
    expect(handle.messages.map((m) => [m.kind, m.status, m.request.query])).toEqual([
      ['callback', 200, { with_response: 'true' }],
      ['followUp', 200, { wait: 'true' }],
    ]);
    expect(handlerErrors).toEqual([]);
  });

  it('GIVEN an autocomplete interaction THEN respond() records a type 8 callback with choices', async () => {
    const handle = discord.sendInteraction(discord.autocomplete({ name: 'echo', focused: 'text', value: 'Ha' }));

    expect(await handle.callback()).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [{ name: 'Ha eins', value: 'Ha-1' }, { name: 'Ha zwei', value: 'Ha-2' }] },
    });
    expect(handlerErrors).toEqual([]);
  });

  it('GIVEN responses Discord would refuse THEN the stand-in answers with Discord\'s error codes', async () => {
    const rest = new REST({ api: discord.apiBaseUrl, retries: 0 });
    const { id, token } = discord.sendInteraction(discord.chatInput({ name: 'silent' })).payload;
    const original = Routes.webhookMessage(discord.applicationId, token, '@original');
    const callback = Routes.interactionCallback(id, token);

    await expect(rest.patch(original, { auth: false, body: { content: 'x' } })).rejects.toMatchObject({ status: 404, code: 10008 });
    await expect(rest.post(callback, { auth: false, body: { type: 4, data: { content: 'x'.repeat(2001) } } })).rejects.toMatchObject({ status: 400, code: 50035 });
    await expect(rest.post(callback, { auth: false, body: { type: 4, data: { content: '' } } })).rejects.toMatchObject({ status: 400, code: 50006 });
    await rest.post(callback, { auth: false, body: { type: 5 } });
    await expect(rest.post(callback, { auth: false, body: { type: 5 } })).rejects.toMatchObject({ status: 400, code: 40060 });

    discord.ackDeadlineMs = 0;
    try {
      const late = discord.sendInteraction(discord.chatInput({ name: 'silent' })).payload;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const lateCallback = Routes.interactionCallback(late.id, late.token);
      await expect(rest.post(lateCallback, { auth: false, body: { type: 5 } })).rejects.toMatchObject({ status: 404, code: 10062 });
    } finally {
      discord.ackDeadlineMs = 3_000;
    }
  });

  it('GIVEN a gateway client asking for zlib-stream THEN every payload arrives as a flushed zlib chunk', async () => {
    const socket = new WebSocket(`${discord.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = zlib.createInflate();
    const [data] = (await once(socket, 'message')) as [Buffer];
    inflate.write(data);
    const [text] = (await once(inflate, 'data')) as [Buffer];
    expect(JSON.parse(text.toString())).toMatchObject({ op: 10, d: { heartbeat_interval: 100 } });
    socket.close();
    await once(socket, 'close');
  });

  it('GIVEN the whole suite THEN nothing but the stand-in was contacted', () => {
    expect(discord.unexpectedRequests()).toEqual([]);
    expect(client.rest.options.api).toBe(discord.apiBaseUrl);
    expect(traffic.connections.length).toBeGreaterThan(0);
    expect(traffic.nonLoopback()).toEqual([]);
  });
});

describe('Discord stand-in with two shards', () => {
  const guildOn = (shard: number) => ((4000n << 22n) + (BigInt(shard) << 22n) + 7n).toString();
  let discord: DiscordStandIn;
  const clients: Client[] = [];
  const seen: Array<{ shard: number; guildId: string | null }> = [];

  beforeAll(async () => {
    discord = await startDiscordStandIn({ guildId: guildOn(0), otherGuildIds: [guildOn(1)], recommendedShards: 2, maxConcurrency: 16 });
    for (const shard of [0, 1]) {
      const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBaseUrl }, shards: shard, shardCount: 2 });
      client.on(Events.InteractionCreate, (interaction) => void seen.push({ shard, guildId: interaction.guildId }));
      await Promise.all([once(client, Events.ClientReady), client.login(discord.token)]);
      clients.push(client);
    }
  });
  afterAll(async () => {
    for (const client of clients) await client.destroy();
    await discord?.close();
  });

  it('GIVEN IDENTIFY with shard [id, 2] THEN each client gets only the guilds Discord would route to it', () => {
    expect(shardOf(guildOn(0), 2)).toBe(0);
    expect(shardOf(guildOn(1), 2)).toBe(1);
    expect(discord.readyShards()).toEqual([[0, 2], [1, 2]]);
    expect(clients.map((c) => [...c.guilds.cache.keys()])).toEqual([[guildOn(0)], [guildOn(1)]]);
    expect(clients[1]!.guilds.cache.get(guildOn(1))?.channels.cache.has(discord.channelIdOf(guildOn(1)))).toBe(true);
    expect(discord.channelIdOf(guildOn(1))).not.toBe(discord.channelId);
  });

  it('GIVEN interactions in each guild and a DM THEN only the owning shard receives each (DMs: shard 0)', async () => {
    for (const guildId of [guildOn(1), guildOn(0), null]) discord.sendInteraction(discord.chatInput({ name: 'anything', guildId }));
    await expect.poll(() => seen.length).toBe(3);
    expect(seen).toEqual([
      { shard: 1, guildId: guildOn(1) },
      { shard: 0, guildId: guildOn(0) },
      { shard: 0, guildId: null },
    ]);
  });

  it('GIVEN /gateway/bot THEN the recommended shard count and concurrency given to the stand-in', async () => {
    const body = await new REST({ api: discord.apiBaseUrl }).setToken(discord.token).get(Routes.gatewayBot());
    expect(body).toMatchObject({ shards: 2, session_start_limit: { max_concurrency: 16 } });
  });
});
