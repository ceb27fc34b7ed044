/** /ask: answers a question from the dossier with cited passages. */
import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { newAnswerRef, recordAnswer } from '../src/community/open.js';
import { validQuestion } from '../src/core/question.js';
import { articleChoices, resolveArticle } from '../src/transports/discord/article-choices.js';
import type { Command } from '../src/transports/discord/command.js';
import { askEmbed } from '../src/transports/discord/embeds.js';
import { answerRow } from '../src/transports/discord/feedback.js';
import { followUpButton } from '../src/transports/discord/follow-ups.js';
import { UserError } from '../src/transports/discord/user-error.js';

export default {
  data: ({ MAX_QUESTION_LENGTH }) =>
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question about the dossier; the answer cites its passages.')
      .addStringOption((o) => o.setName('question').setDescription('Your question, in German or English').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH))
      .addStringOption((o) => o.setName('source').setDescription('Only search this article').setAutocomplete(true))
      .addIntegerOption((o) => o.setName('k').setDescription('How many passages to cite (1–10, default 5)').setMinValue(1).setMaxValue(10))
      .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer')),

  async execute(interaction, { engine, askLimiter, community, config, metrics }) {
    const started = performance.now();
    // Checked before deferring, so a bad question gets an ephemeral reply and no search runs.
    const question = validQuestion(interaction.options.getString('question', true), engine.maxQuestionLength);
    const sourceOption = interaction.options.getString('source');
    const source = sourceOption === null ? null : resolveArticle(engine, sourceOption);
    if (sourceOption !== null && !source) throw new UserError('unknown_article', 'There is no such article in the dossier. Pick one from the list, or see /sources.');
    const k = interaction.options.getInteger('k') ?? undefined;

    const allowed = askLimiter.take(interaction.user.id);
    if (!allowed.ok) throw new UserError('rate_limited', `You are asking too fast; try again in ${Math.ceil(allowed.retryAfterMs / 1000)} s.`);

    const isPrivate = interaction.options.getBoolean('private') ?? false;
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
    const result = await engine.ask({ question, ...(k !== undefined ? { k } : {}), ...(source ? { sourceId: source.id } : {}) });
    const ref = community?.available ? newAnswerRef() : null;
    // A thread needs a public message in a server.
    const followUp = ref && config.COMMUNITY_FOLLOW_UPS && !isPrivate && interaction.inGuild() ? [followUpButton(ref)] : [];
    await interaction.editReply({ embeds: [askEmbed(result)], components: ref ? [answerRow(ref, followUp)] : [] });
    metrics?.answer(result.answered, result.mode, performance.now() - started);
    // Recorded only once the answer is out: a slow or broken database cannot delay or fail it.
    if (community && ref) recordAnswer(community, ref, { guild: interaction.guildId ?? 'dm', userId: interaction.user.id, question }, result, performance.now() - started);
  },

  async autocomplete(interaction, { engine }) {
    await interaction.respond(articleChoices(engine.sources(), interaction.options.getFocused()));
  },
} satisfies Command;
