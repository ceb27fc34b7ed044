/** Routes button clicks and form submissions by custom id prefix to the module that created them. */
import { type ButtonInteraction, type ModalSubmitInteraction } from 'discord.js';
import type { CommandContext } from './command.js';
import { onDownForm, onVoteButton } from './feedback.js';
import { onFollowUpButton } from './follow-ups.js';
import { onRemoveAdded } from './remove-added.js';
import { ephemeral } from './replies.js';

export type ComponentInteraction = ButtonInteraction | ModalSubmitInteraction;

/** Answers one component interaction; a custom id nobody claims (e.g. from a removed feature) gets a polite note. */
export async function routeComponent(interaction: ComponentInteraction, context: CommandContext): Promise<void> {
  const id = interaction.customId;
  if (interaction.isButton() && id.startsWith('fb:')) return onVoteButton(interaction, context.community, context.metrics);
  if (interaction.isButton() && id.startsWith('fu:')) return onFollowUpButton(interaction, context);
  if (interaction.isButton() && id.startsWith('add:rm:')) return onRemoveAdded(interaction, context);
  if (interaction.isModalSubmit() && id.startsWith('fbm:')) return onDownForm(interaction, context.community);
  await interaction.reply(ephemeral('This button is no longer in use.'));
}
