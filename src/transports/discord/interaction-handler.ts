/** The one interactionCreate handler: routes to commands and is the single place errors are caught. */
import { randomBytes } from 'node:crypto';
import { type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Command, CommandContext } from './command.js';
import { routeComponent, type ComponentInteraction } from './component-routes.js';
import { userText } from './user-error.js';
import { ephemeral, NO_MENTIONS } from './replies.js';

/** A handler that never rejects: one bad interaction must not take the bot down. */
export function createInteractionHandler(commands: Map<string, Command>, context: CommandContext): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isAutocomplete()) return autocomplete(interaction, commands.get(interaction.commandName), context);
    if (interaction.isButton() || interaction.isModalSubmit()) return component(interaction, context);
    if (!interaction.isChatInputCommand()) return;
    const command = commands.get(interaction.commandName);
    try {
      if (!command) {
        await respond(interaction, 'Unknown command. It may have been removed; try /ask or /sources.');
        return;
      }
      await command.execute(interaction, context);
    } catch (error) {
      await report(interaction, error, context);
    }
  };
}

async function autocomplete(interaction: AutocompleteInteraction, command: Command | undefined, context: CommandContext): Promise<void> {
  try {
    if (command?.autocomplete) await command.autocomplete(interaction, context);
    else await interaction.respond([]);
  } catch (error) {
    // Nothing to tell the user: Discord shows "loading options failed" when there is no answer.
    context.log.warn('autocomplete failed', { command: interaction.commandName, error: String(error) });
  }
}

/** Buttons and forms: the same single catch point as commands. */
async function component(interaction: ComponentInteraction, context: CommandContext): Promise<void> {
  try {
    await routeComponent(interaction, context);
  } catch (error) {
    const ref = randomBytes(4).toString('hex');
    context.log.error('component failed', { ref, customId: interaction.customId, error: String(error), stack: (error as Error)?.stack });
    const message = ephemeral(`Something went wrong (ref: ${ref}).`);
    try {
      if (interaction.replied || interaction.deferred) await interaction.followUp(message);
      else await interaction.reply(message);
    } catch (replyError) {
      context.log.warn('could not deliver an error reply', { customId: interaction.customId, error: String(replyError) });
    }
  }
}

/** Expected errors get their text; anything else a reference that also appears in the log line. */
async function report(interaction: ChatInputCommandInteraction, error: unknown, { log }: CommandContext): Promise<void> {
  const expected = userText(error);
  let text: string;
  if (expected) {
    text = expected.text;
    log.info('command refused', { command: interaction.commandName, identifier: expected.identifier });
  } else {
    const ref = randomBytes(4).toString('hex');
    text = `Something went wrong (ref: ${ref}).`;
    log.error('command failed', { ref, command: interaction.commandName, user: interaction.user.id, error: String(error), stack: (error as Error)?.stack });
  }
  try {
    await respond(interaction, text);
  } catch (replyError) {
    // E.g. the interaction token expired (10062) or Discord is unreachable: log and carry on.
    log.warn('could not deliver an error reply', { command: interaction.commandName, error: String(replyError) });
  }
}

/**
 * Ephemeral when possible. Not yet acknowledged → reply. Deferred → edit the placeholder if it is ephemeral;
 * if it is public, delete it and follow up ephemerally (a public "thinking…" would otherwise stay for 15 minutes).
 * Already replied → follow up.
 */
async function respond(interaction: ChatInputCommandInteraction, content: string): Promise<void> {
  const message = ephemeral(content);
  if (interaction.replied) await interaction.followUp(message);
  else if (interaction.deferred && interaction.ephemeral) await interaction.editReply({ content, allowedMentions: NO_MENTIONS });
  else if (interaction.deferred) {
    await interaction.deleteReply();
    await interaction.followUp(message);
  } else await interaction.reply(message);
}
