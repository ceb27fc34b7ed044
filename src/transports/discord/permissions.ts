/** Who may run admin commands. A check returns ok/denied with a stable identifier; it never throws. */
import { PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import type { Config } from '../../config.js';

export type PermissionResult = { ok: true; via: 'permission' | 'user' | 'role' } | { ok: false; identifier: 'not_admin' };

type AdminConfig = Pick<Config, 'DISCORD_ADMIN_USER_IDS' | 'DISCORD_ADMIN_ROLE_IDS'>;
type Invoker = Pick<ChatInputCommandInteraction, 'memberPermissions' | 'member' | 'user'>;

/**
 * Manage Server or Administrator in this interaction, or a configured admin user or role. Checked on the server
 * even though /reindex is registered with default_member_permissions, because a guild can loosen that default.
 */
export function canReindex(interaction: Invoker, config: AdminConfig): PermissionResult {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild, true)) return { ok: true, via: 'permission' };
  if (config.DISCORD_ADMIN_USER_IDS.includes(interaction.user.id)) return { ok: true, via: 'user' };
  if (memberRoles(interaction.member).some((r) => config.DISCORD_ADMIN_ROLE_IDS.includes(r))) return { ok: true, via: 'role' };
  return { ok: false, identifier: 'not_admin' };
}

/**
 * The member's role ids as the interaction sent them. A GuildMember's `roles.cache` drops roles missing from the
 * guild's role cache, so its raw `_roles` (stable since v12, not typed) is read first; the raw API member is an array.
 */
function memberRoles(member: Invoker['member']): string[] {
  if (!member) return [];
  if (Array.isArray(member.roles)) return member.roles;
  const raw = (member as { _roles?: unknown })._roles;
  return Array.isArray(raw) ? raw.map(String) : [...member.roles.cache.keys()];
}

/** The same rule for every admin command (/reindex, /gaps, /stats, /add). */
export const isAdmin = canReindex;
