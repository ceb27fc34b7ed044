/**
 * Follow-ups in threads: "Follow up" under an answer opens a thread on it; each message there is answered as a
 * question searched together with the thread's earlier questions, so "und wann reiste er ab?" finds Schoigu.
 */
import { ButtonBuilder, ButtonStyle, MessageFlags, type ButtonInteraction, type Message } from 'discord.js';
import { newAnswerRef, recordAnswer } from '../../community/open.js';
import { validQuestion } from '../../core/question.js';
import type { CommandContext } from './command.js';
import { askEmbed } from './embeds.js';
import { answerRow } from './feedback.js';
import { clip, cutEnd } from './limits.js';
import { userText } from './user-error.js';
import { ephemeral, NO_MENTIONS } from './replies.js';

const FOLLOW = /^fu:([\w-]{1,60})$/;

/** The "Follow up" button of one answer. */
export function followUpButton(ref: string): ButtonBuilder {
  return new ButtonBuilder().setCustomId(`fu:${ref}`).setLabel('Follow up').setEmoji('🧵').setStyle(ButtonStyle.Secondary);
}

/** What is searched: the follow-up first, then as much earlier context as fits the question limit. */
export function withContext(followUp: string, context: string, maxLength: number): string {
  const room = maxLength - followUp.length - 1;
  return room > 0 ? `${followUp} ${cutEnd(context, room)}`.trim() : followUp;
}

/** Opens (or points to) the thread for an answer. */
export async function onFollowUpButton(interaction: ButtonInteraction, { community }: CommandContext): Promise<void> {
  const reply = (content: string) => interaction.reply(ephemeral(content));
  const ref = FOLLOW.exec(interaction.customId)![1]!;
  const question = community?.questionOf(ref);
  if (!community || !question) return void (await reply('This answer is no longer on record, so it cannot be followed up. Ask again with /ask.'));
  // On Discord a thread started from a message has that message's id.
  if (community.threadContext(interaction.message.id)) return void (await reply(`Continue in <#${interaction.message.id}>.`));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const thread = await interaction.message.startThread({ name: clip(question, 100) || 'Follow-up', autoArchiveDuration: 1440 });
  community.setThreadContext(thread.id, interaction.guildId ?? 'dm', question);
  await interaction.editReply({ content: `Ask your follow-up in <#${thread.id}>; I answer there with “${clip(question, 200)}” as context.`, allowedMentions: NO_MENTIONS });
}

/** Answers a member's message in a thread the bot opened; ignores everything else. */
export async function onThreadMessage(message: Message, context: CommandContext): Promise<void> {
  const { engine, community, askLimiter, log, metrics } = context;
  if (message.author.bot || !message.channel.isThread() || !community) return;
  const earlier = community.threadContext(message.channelId);
  const text = message.content.trim();
  if (earlier === null || !text) return;
  const send = (content: string) => message.reply({ content, allowedMentions: { parse: [], repliedUser: false } });
  try {
    const allowed = askLimiter.take(message.author.id);
    if (!allowed.ok) return void (await send(`You are asking too fast; try again in ${Math.ceil(allowed.retryAfterMs / 1000)} s.`));
    const started = performance.now();
    const question = validQuestion(text, engine.maxQuestionLength);
    const search = withContext(question, earlier, engine.maxQuestionLength);
    await message.channel.sendTyping().catch(() => {});
    const result = await engine.ask({ question: search });
    const ref = community.available ? newAnswerRef() : null;
    await message.reply({ embeds: [askEmbed({ ...result, question })], components: ref ? [answerRow(ref)] : [], allowedMentions: { parse: [], repliedUser: false } });
    metrics?.answer(result.answered, result.mode, performance.now() - started);
    community.setThreadContext(message.channelId, message.guildId ?? 'dm', search);
    if (ref) recordAnswer(community, ref, { guild: message.guildId ?? 'dm', userId: message.author.id, question: search }, result, performance.now() - started);
  } catch (error) {
    const expected = userText(error);
    if (!expected) log.error('thread follow-up failed', { thread: message.channelId, error: String(error) });
    await send(expected?.text ?? 'Something went wrong answering this; please try again.').catch(() => {});
  }
}
