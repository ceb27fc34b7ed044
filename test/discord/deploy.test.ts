import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { deployCommands } from '../../src/transports/discord/deploy.js';
import { startDiscordStandIn, watchOutboundTraffic, type DiscordStandIn } from '../support/discord-stand-in.js';
import { TOKEN } from './harness.js';

describe('deploy-commands', () => {
  let discord: DiscordStandIn;
  const traffic = watchOutboundTraffic();
  beforeAll(async () => {
    discord = await startDiscordStandIn({ token: TOKEN });
  });
  afterAll(async () => {
    await discord.close();
    traffic.stop();
  });
  const config = (env: Record<string, string>) =>
    configSchema.parse({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_BASE_URL: discord.apiBaseUrl, ...env });

  it('GIVEN DISCORD_GUILD_ID THEN one guild-scoped PUT registers ask, sources and reindex', async () => {
    expect(await deployCommands(config({ DISCORD_GUILD_ID: discord.guildId, MAX_QUESTION_LENGTH: '250' }))).toEqual({ scope: 'guild', names: ['ask', 'sources', 'reindex', 'suggest', 'gaps', 'stats', 'add'] });
    const put = await discord.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${discord.applicationId}/guilds/${discord.guildId}/commands`);
    const [ask, sources, reindex] = put.body as any[];
    expect(ask.options.map((o: any) => [o.name, o.type, o.required ?? false, o.autocomplete ?? false])).toEqual([
      ['question', 3, true, false],
      ['source', 3, false, true],
      ['k', 4, false, false],
      ['private', 5, false, false],
    ]);
    expect(ask.options[0].max_length).toBe(250);
    expect(ask.options[2]).toMatchObject({ min_value: 1, max_value: 10 });
    expect(sources.options).toEqual([expect.objectContaining({ name: 'article', type: 3, autocomplete: true })]);
    expect(reindex.default_member_permissions).toBe('32');
    expect(discord.registeredCommands()).toEqual([]);
  });

  it('GIVEN no guild id THEN the commands are registered globally', async () => {
    expect(await deployCommands(config({}))).toEqual({ scope: 'global', names: ['ask', 'sources', 'reindex', 'suggest', 'gaps', 'stats', 'add'] });
    expect(discord.registeredCommands().map((c) => c.name)).toEqual(['ask', 'sources', 'reindex', 'suggest', 'gaps', 'stats', 'add']);
    expect(discord.registeredCommands()[0]?.options?.[0]).toMatchObject({ max_length: 300 });
  });

  it('GIVEN no token or application id THEN a clear error naming both, and no request', async () => {
    const before = discord.requests.length;
    await expect(deployCommands(configSchema.parse({}))).rejects.toMatchObject({ code: 'bad_config', message: expect.stringMatching(/DISCORD_TOKEN and DISCORD_APPLICATION_ID/) });
    expect(discord.requests.length).toBe(before);
  });

  it('GIVEN the file THEN only loopback was contacted', () => {
    expect(discord.unexpectedRequests()).toEqual([]);
    expect(traffic.nonLoopback()).toEqual([]);
  });
});
