/** The shape of a slash command module, and the zod predicate that checks one when it is loaded. */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { z } from 'zod';
import type { Metrics } from '../../community/metrics.js';
import type { CommunityStore } from '../../community/store.js';
import type { Config } from '../../config.js';
import type { DossierEngine } from '../../core/engine-api.js';
import type { Logger } from '../../core/log.js';
import type { SlidingWindowLimiter } from './rate-limit.js';

/** What every command gets besides its interaction. */
export interface CommandContext {
  engine: DossierEngine;
  config: Config;
  log: Logger;
  askLimiter: SlidingWindowLimiter;
  /** Questions, votes and suggestions; null when recording is off. Written only after a reply is sent. */
  community: CommunityStore | null;
  /** Prometheus counters; null unless METRICS_PORT is set. */
  metrics?: Metrics | null;
}

/** Settings that shape a command's registration (e.g. /ask's max_length). */
export type CommandSettings = Pick<Config, 'MAX_QUESTION_LENGTH' | 'ADD_MAX_BYTES'>;

interface CommandData {
  name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

export interface Command {
  /** A SlashCommandBuilder, or a function of the settings when the registration depends on configuration. */
  data: CommandData | ((settings: CommandSettings) => CommandData);
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}

const dataShape = z.object({ name: z.string().min(1), toJSON: z.function() });

/** Checks an imported module's default export, like the discord.js template's predicate. */
export const commandPredicate = z.object({
  data: z.union([dataShape, z.function()]),
  execute: z.function(),
  autocomplete: z.function().optional(),
});

/** The registration payload of a command under the given settings. */
export function commandJson(command: Command, settings: CommandSettings): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return (typeof command.data === 'function' ? command.data(settings) : command.data).toJSON();
}
