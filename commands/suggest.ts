/** /suggest: members propose a source the dossier lacks; admins see the suggestions in /gaps. */
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/transports/discord/command.js';
import { UserError } from '../src/transports/discord/user-error.js';

/** An http(s) link with a host; anything else is refused before it is stored. */
function validLink(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.toString() : null;
  } catch {
    return null;
  }
}

export default {
  data: new SlashCommandBuilder()
    .setName('suggest')
    .setDescription('Suggest an article or source the dossier should include.')
    .addStringOption((o) => o.setName('url').setDescription('Link to the article (http or https)').setRequired(true).setMaxLength(500))
    .addStringOption((o) => o.setName('note').setDescription('What it would answer (optional)').setMaxLength(300)),

  async execute(interaction, { community }) {
    const url = validLink(interaction.options.getString('url', true));
    if (!url) throw new UserError('bad_link', 'That is not a web link. Give an address starting with https:// or http://.');
    if (!community?.available) throw new UserError('not_recording', 'Suggestions are not recorded on this bot right now.');
    const note = (interaction.options.getString('note') ?? '').trim();
    const saved = community.suggest({ guild: interaction.guildId ?? 'dm', userId: interaction.user.id, url, note });
    if (!saved) throw new UserError('not_recording', 'The suggestion could not be recorded right now; please try again later.');
    await interaction.reply({ content: 'Thanks — your suggestion is recorded; the editors see it in /gaps.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  },
} satisfies Command;
