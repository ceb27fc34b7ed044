/** Registers the slash commands with Discord: guild-scoped (instant) when a guild id is set, global otherwise. */
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Config } from '../../config.js';
import { DossierError } from '../../core/errors.js';
import { commandJson } from './command.js';
import { loadCommands } from './command-loader.js';

export interface Deployment {
  scope: 'guild' | 'global';
  names: string[];
}

/** Bulk-overwrites the application's commands with the modules in commands/, built with the given settings. */
export async function deployCommands(config: Config): Promise<Deployment> {
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((key) => !config[key]);
  if (missing.length > 0) {
    throw new DossierError('bad_config', `deploy-commands needs ${missing.join(' and ')} (see .env.example and the README, "Deployment").`);
  }
  const body = [...loadCommands(config).values()].map((command) => commandJson(command, config));
  const rest = new REST(config.DISCORD_API_BASE_URL ? { api: config.DISCORD_API_BASE_URL } : {}).setToken(config.DISCORD_TOKEN!);
  const route = config.DISCORD_GUILD_ID
    ? Routes.applicationGuildCommands(config.DISCORD_APPLICATION_ID!, config.DISCORD_GUILD_ID)
    : Routes.applicationCommands(config.DISCORD_APPLICATION_ID!);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.DISCORD_GUILD_ID ? 'guild' : 'global', names: registered.map((c) => c.name) };
}
