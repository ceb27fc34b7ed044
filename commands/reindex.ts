/** /reindex (admins): rebuilds the index from the corpus while /ask keeps answering from the old one. */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { DossierError } from '../src/core/errors.js';
import type { Command } from '../src/transports/discord/command.js';
import { reindexEmbed, reindexFailedEmbed } from '../src/transports/discord/embeds.js';
import { canReindex } from '../src/transports/discord/permissions.js';
import { throttledProgress } from '../src/transports/discord/progress-edits.js';
import { UserError } from '../src/transports/discord/user-error.js';

/** Discord rate-limits webhook edits; one progress edit per 1.5 s is plenty for a person watching. */
const PROGRESS_INTERVAL_MS = 1_500;

export default {
  data: new SlashCommandBuilder()
    .setName('reindex')
    .setDescription('Rebuild the dossier index from the corpus (admins only).')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),

  async execute(interaction, { engine, config, log }) {
    const allowed = canReindex(interaction, config);
    if (!allowed.ok) throw new UserError(allowed.identifier, 'Only server managers (Manage Server) or configured admins may run /reindex.');
    if (engine.reindexing) throw new DossierError('reindex_busy', 'A reindex is already running.');

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const progress = throttledProgress((content) => interaction.editReply({ content }), PROGRESS_INTERVAL_MS, (error) =>
      log.warn('reindex progress edit failed', { error: String(error) }),
    );
    log.info('reindex started', { user: interaction.user.id, via: allowed.via });
    try {
      const summary = await engine.reindex(progress.update);
      await progress.settled();
      log.info('reindex finished', { durationMs: summary.durationMs, passages: summary.passages });
      await interaction.editReply({ content: '', embeds: [reindexEmbed(summary)] });
    } catch (error) {
      await progress.settled();
      if (error instanceof DossierError && error.code === 'reindex_busy') throw error;
      log.error('reindex failed; the previous index keeps serving', { error: String(error) });
      await interaction.editReply({ content: '', embeds: [reindexFailedEmbed(error instanceof Error ? error.message : String(error))] });
    }
  },
} satisfies Command;
