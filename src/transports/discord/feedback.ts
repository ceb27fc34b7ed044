/**
 * 👍 / 👎 under every /ask answer, and the optional "what was wrong" form after 👎. The answer's reference is in
 * the buttons' custom ids and the vote goes to the database, so buttons on old answers work after a restart.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  LabelBuilder,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type ButtonInteraction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Metrics } from '../../community/metrics.js';
import type { CommunityStore } from '../../community/store.js';
import { DOWN_REASONS, type DownReason, type VoteOutcome } from '../../community/types.js';
import { ephemeral as ephemeralMessage } from './replies.js';

const VOTE = /^fb:(up|down):([\w-]{1,60})$/;
const FORM = /^fbm:([\w-]{1,60})$/;

const REASON_TEXT: Record<DownReason, string> = {
  wrong_passage: 'Wrong passage cited',
  answer_missing: 'The answer is missing',
  outdated: 'Outdated',
  other: 'Something else',
};

/** The row of vote buttons for one answer. */
function feedbackButtons(ref: string): ButtonBuilder[] {
  return [
    new ButtonBuilder().setCustomId(`fb:up:${ref}`).setEmoji('👍').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`fb:down:${ref}`).setEmoji('👎').setStyle(ButtonStyle.Secondary),
  ];
}

const OUTCOME_TEXT: Record<VoteOutcome, (up: boolean) => string> = {
  recorded: (up) => (up ? 'Thanks — your 👍 is recorded.' : 'Thanks — your 👎 is recorded.'),
  changed: (up) => `Your vote is now ${up ? '👍' : '👎'}.`,
  unchanged: (up) => `You already voted ${up ? '👍' : '👎'} on this answer.`,
  unknown_question: () => 'This answer is no longer on record (older than the retention period), so it cannot be rated.',
  unavailable: () => 'Votes cannot be recorded right now; please try again later.',
};

/** Records a vote; a 👎 then opens the optional form instead of a text reply. */
export async function onVoteButton(interaction: ButtonInteraction, community: CommunityStore | null, metrics?: Metrics | null): Promise<void> {
  const [, direction, ref] = VOTE.exec(interaction.customId)!;
  const up = direction === 'up';
  if (!community) return void (await ephemeral(interaction, 'Feedback is not recorded on this bot (COMMUNITY_RECORDING=false).'));
  const outcome = community.vote(ref!, interaction.user.id, up ? 1 : -1);
  if (outcome === 'recorded' || outcome === 'changed') metrics?.vote(up ? 1 : -1);
  if (!up && (outcome === 'recorded' || outcome === 'changed' || outcome === 'unchanged')) return void (await interaction.showModal(downForm(ref!)));
  await ephemeral(interaction, OUTCOME_TEXT[outcome](up));
}

/** Stores what the 👎 form says was wrong (both fields optional). */
export async function onDownForm(interaction: ModalSubmitInteraction, community: CommunityStore | null): Promise<void> {
  const ref = FORM.exec(interaction.customId)![1]!;
  const picked = interaction.fields.getStringSelectValues('reason')[0];
  const reason: DownReason = DOWN_REASONS.includes(picked as DownReason) ? (picked as DownReason) : 'other';
  const note = interaction.fields.getTextInputValue('note').trim().slice(0, 500);
  const saved = community?.explainVote(ref, interaction.user.id, reason, note) ?? false;
  await ephemeral(interaction, saved ? `Thanks — noted: ${REASON_TEXT[reason].toLowerCase()}.` : 'Your 👎 is no longer on record, so the note was not saved.');
}

function downForm(ref: string): ModalBuilder {
  const select = new StringSelectMenuBuilder()
    .setCustomId('reason')
    .setRequired(false)
    .setMinValues(0)
    .setMaxValues(1)
    .addOptions(DOWN_REASONS.map((value) => ({ label: REASON_TEXT[value], value })));
  const note = new TextInputBuilder().setCustomId('note').setStyle(TextInputStyle.Paragraph).setRequired(false).setMaxLength(500);
  return new ModalBuilder()
    .setCustomId(`fbm:${ref}`)
    .setTitle('What was wrong? (optional)')
    .addLabelComponents(
      new LabelBuilder().setLabel('What was wrong?').setStringSelectMenuComponent(select),
      new LabelBuilder().setLabel('Details').setTextInputComponent(note),
    );
}

async function ephemeral(interaction: ButtonInteraction | ModalSubmitInteraction, content: string): Promise<void> {
  await interaction.reply(ephemeralMessage(content));
}

/** The action row of an answer: the vote buttons, then any extra buttons (e.g. "Follow up"). */
export function answerRow(ref: string, extra: ButtonBuilder[] = []): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(...feedbackButtons(ref), ...extra);
}
