/** /stats (admins): questions per day, answered share, votes, latency and the most cited articles. */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { usageStats } from '../src/community/stats.js';
import type { Command } from '../src/transports/discord/command.js';
import { statsEmbed } from '../src/transports/discord/community-embeds.js';
import { isAdmin } from '../src/transports/discord/permissions.js';
import { UserError } from '../src/transports/discord/user-error.js';

export default {
  data: new SlashCommandBuilder()
    .setName('stats')
    .setDescription('Usage figures: questions, answered share, votes, latency (admins only).')
    .addIntegerOption((o) => o.setName('days').setDescription('How many days back (default 30)').setMinValue(1).setMaxValue(3650))
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),

  async execute(interaction, { config, community }) {
    const allowed = isAdmin(interaction, config);
    if (!allowed.ok) throw new UserError(allowed.identifier, 'Only server managers (Manage Server) or configured admins may run /stats.');
    if (!community) throw new UserError('not_recording', 'Nothing is recorded on this bot (COMMUNITY_RECORDING=false), so there are no figures.');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply({ embeds: [statsEmbed(usageStats(community, interaction.options.getInteger('days') ?? 30, interaction.guildId ?? undefined))] });
  },
} satisfies Command;
