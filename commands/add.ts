/** /add (admins): adds a .txt or .html article from an upload or a link, indexes it, and offers to remove it again. */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { addArticle } from '../src/community/add-article.js';
import { FetchRefused, safeFetch } from '../src/community/safe-fetch.js';
import type { Command } from '../src/transports/discord/command.js';
import { inertClip } from '../src/transports/discord/limits.js';
import { isAdmin } from '../src/transports/discord/permissions.js';
import { UserError } from '../src/transports/discord/user-error.js';

export default {
  data: ({ ADD_MAX_BYTES }) =>
    new SlashCommandBuilder()
      .setName('add')
      .setDescription('Add an article (.txt or .html file, or a link) to the dossier (admins only).')
      .addAttachmentOption((o) => o.setName('file').setDescription(`A .txt or .html file, UTF-8, at most ${Math.floor(ADD_MAX_BYTES / 1000)} kB`))
      .addStringOption((o) => o.setName('url').setDescription('Or a link to the article (http or https)').setMaxLength(500))
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild),

  async execute(interaction, { engine, config, log }) {
    const allowed = isAdmin(interaction, config);
    if (!allowed.ok) throw new UserError(allowed.identifier, 'Only server managers (Manage Server) or configured admins may run /add.');
    const upload = interaction.options.getAttachment('file');
    const link = interaction.options.getString('url');
    if ((upload === null) === (link === null)) throw new UserError('bad_add', 'Give either a file or a url, not both and not neither.');
    if (upload && upload.size > config.ADD_MAX_BYTES) throw new UserError('bad_add', `Not added: the file is larger than ${config.ADD_MAX_BYTES} bytes.`);
    if (engine.reindexing) throw new UserError('reindex_busy', 'A reindex is already running. Please wait for it to finish, then try again.');

    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const limits = { maxBytes: config.ADD_MAX_BYTES, timeoutMs: config.ADD_DOWNLOAD_TIMEOUT_MS, allowHosts: config.ADD_ALLOW_HOSTS };
    try {
      // Uploads come from Discord's own CDN, so only links get the private-address check.
      const fetched = await safeFetch(upload ? upload.url : link!, { ...limits, checkHosts: !upload });
      const name = upload ? upload.name : lastPathSegment(fetched.finalUrl);
      const contentType = upload ? (upload.contentType ?? '') : fetched.contentType;
      const { file, source } = await addArticle(engine, config.CORPUS_DIR, { name, bytes: fetched.bytes, contentType, from: upload ? 'upload' : 'link' }, config.ADD_MAX_BYTES);
      log.info('article added', { file, id: source.id, via: allowed.via });
      const remove = new ButtonBuilder().setCustomId(`add:rm:${file}`).setLabel('Remove again').setStyle(ButtonStyle.Danger);
      await interaction.editReply({
        embeds: [{
          title: inertClip(`Added: ${source.title}`, 256),
          description: inertClip(`${source.outlet} · ${source.date} · ${source.passages} passages · id ${source.id}\nFile: ${file}`, 1_000),
          color: 0x2f855a,
        }],
        components: [new ActionRowBuilder<ButtonBuilder>().addComponents(remove)],
      });
    } catch (error) {
      if (!(error instanceof FetchRefused)) throw error;
      await interaction.editReply({ content: `Not added: ${error.message} Nothing was changed.`, allowedMentions: { parse: [] } });
    }
  },
} satisfies Command;

/** The decoded last segment of a URL's path; a malformed %-escape is kept as written rather than thrown. */
function lastPathSegment(url: URL): string {
  const segment = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
