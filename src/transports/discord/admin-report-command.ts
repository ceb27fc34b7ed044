/** An admin-only slash command that shows one private report over the community database (/gaps, /stats). */
import { MessageFlags, PermissionFlagsBits, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import type { CommunityStore } from '../../community/store.js';
import type { Command } from './command.js';
import { isAdmin } from './permissions.js';
import { UserError } from './user-error.js';

export interface AdminReportSpec<R> {
  name: string;
  description: string;
  defaultDays: number;
  /** Why there is nothing to show when recording is off ("so there is no report."). */
  nothingRecorded: string;
  report(store: CommunityStore, days: number, guildId: string | undefined): R;
  embed(report: R): APIEmbed;
}

/** The command module for one report: admins only, deferred privately, limited to the server it runs in. */
export function adminReportCommand<R>(spec: AdminReportSpec<R>): Command {
  return {
    data: new SlashCommandBuilder()
      .setName(spec.name)
      .setDescription(spec.description)
      .addIntegerOption((o) => o.setName('days').setDescription(`How many days back (default ${spec.defaultDays})`).setMinValue(1).setMaxValue(3650))
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),

    async execute(interaction, { config, community }) {
      const allowed = isAdmin(interaction, config);
      if (!allowed.ok) throw new UserError(allowed.identifier, `Only server managers (Manage Server) or configured admins may run /${spec.name}.`);
      if (!community) throw new UserError('not_recording', `Nothing is recorded on this bot (COMMUNITY_RECORDING=false), ${spec.nothingRecorded}`);
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const days = interaction.options.getInteger('days') ?? spec.defaultDays;
      await interaction.editReply({ embeds: [spec.embed(spec.report(community, days, interaction.guildId ?? undefined))] });
    },
  };
}
