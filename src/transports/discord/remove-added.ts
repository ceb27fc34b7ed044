/** The "Remove again" button under an /add reply: admins only; takes the file out of the corpus and reindexes. */
import { type ButtonInteraction } from 'discord.js';
import { ADDED_FILE, removeAddedArticle } from '../../community/add-article.js';
import { FetchRefused } from '../../community/safe-fetch.js';
import type { CommandContext } from './command.js';
import { isAdmin } from './permissions.js';
import { ephemeral } from './replies.js';

export async function onRemoveAdded(interaction: ButtonInteraction, { engine, config, log }: CommandContext): Promise<void> {
  const reply = (content: string) => interaction.reply(ephemeral(content));
  const file = interaction.customId.slice('add:rm:'.length);
  if (!isAdmin(interaction, config).ok) return void (await reply('Only server managers (Manage Server) or configured admins may remove articles.'));
  if (!ADDED_FILE.test(file)) return void (await reply('This button does not name an added article.'));
  await interaction.deferUpdate();
  try {
    const removed = await removeAddedArticle(engine, config.CORPUS_DIR, file);
    log.info('added article removed', { file, removed });
    await interaction.editReply({ content: removed ? `Removed ${file} from the dossier.` : `${file} is no longer in the corpus.`, embeds: [], components: [] });
  } catch (error) {
    if (!(error instanceof FetchRefused)) throw error;
    await interaction.followUp(ephemeral(`Not removed: ${error.message}`));
  }
}
