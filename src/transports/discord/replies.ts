/** The options every reply of the bot shares: no mentions ever ping, and a personal notice is seen by its caller only. */
import { MessageFlags } from 'discord.js';

/** allowed_mentions that ping nobody (the client's default too; each reply repeats it so no code path depends on that). */
export const NO_MENTIONS = { parse: [] as [] };

/** An ephemeral notice: only the member who acted sees it, and it pings no one. */
export function ephemeral(content: string) {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
}
