/** /gaps (admins): what the dossier lacks — declined and down-voted questions grouped by wording, and suggested sources. */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { gapReport } from '../src/community/gaps.js';
import type { Command } from '../src/transports/discord/command.js';
import { gapsEmbed } from '../src/transports/discord/community-embeds.js';
import { isAdmin } from '../src/transports/discord/permissions.js';
import { UserError } from '../src/transports/discord/user-error.js';

export default {
  data: new SlashCommandBuilder()
    .setName('gaps')
    .setDescription('What the dossier lacks: declined and down-voted questions, and suggestions (admins only).')
    .addIntegerOption((o) => o.setName('days').setDescription('How many days back (default 7)').setMinValue(1).setMaxValue(3650))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),

  async execute(interaction, { config, community }) {
    const allowed = isAdmin(interaction, config);
    if (!allowed.ok) throw new UserError(allowed.identifier, 'Only server managers (Manage Server) or configured admins may run /gaps.');
    if (!community) throw new UserError('not_recording', 'Nothing is recorded on this bot (COMMUNITY_RECORDING=false), so there is no report.');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply({ embeds: [gapsEmbed(gapReport(community, interaction.options.getInteger('days') ?? 7, interaction.guildId ?? undefined))] });
  },
} satisfies Command;
