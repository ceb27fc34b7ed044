/** /sources: lists the dossier's articles, or shows one article's metadata and first passages. */
import { SlashCommandBuilder } from 'discord.js';
import { articleChoices, resolveArticle } from '../src/transports/discord/article-choices.js';
import type { Command } from '../src/transports/discord/command.js';
import { sourceEmbed, sourcesEmbed } from '../src/transports/discord/embeds.js';
import { UserError } from '../src/transports/discord/user-error.js';

export default {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the articles in the dossier, or show one of them.')
    .addStringOption((o) => o.setName('article').setDescription('Show this article').setAutocomplete(true)),

  async execute(interaction, { engine }) {
    const wanted = interaction.options.getString('article');
    if (wanted === null) {
      await interaction.reply({ embeds: [sourcesEmbed(engine.sources())] });
      return;
    }
    const found = resolveArticle(engine, wanted);
    const detail = found && engine.source(found.id);
    if (!detail) throw new UserError('unknown_article', 'There is no such article in the dossier. Run /sources to see the list.');
    await interaction.reply({ embeds: [sourceEmbed(detail)] });
  },

  async autocomplete(interaction, { engine }) {
    await interaction.respond(articleChoices(engine.sources(), interaction.options.getFocused()));
  },
} satisfies Command;
