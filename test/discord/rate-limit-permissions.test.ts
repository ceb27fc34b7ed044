import { PermissionsBitField, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { canReindex } from '../../src/transports/discord/permissions.js';
import { SlidingWindowLimiter } from '../../src/transports/discord/rate-limit.js';

describe('sliding-window rate limit', () => {
  it('GIVEN 2 per 10 s THEN the third is refused until the oldest hit leaves the window', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 10_000, () => now);
    expect(limiter.take('u')).toEqual({ ok: true });
    now = 4_000;
    expect(limiter.take('u')).toEqual({ ok: true });
    now = 6_000;
    expect(limiter.take('u')).toEqual({ ok: false, retryAfterMs: 4_000 });
    expect(limiter.take('other')).toEqual({ ok: true });
    now = 10_001;
    expect(limiter.take('u')).toEqual({ ok: true });
    expect(limiter.take('u')).toEqual({ ok: false, retryAfterMs: 3_999 });
  });
});

describe('reindex permission', () => {
  const config = { DISCORD_ADMIN_USER_IDS: ['111111111111111111'], DISCORD_ADMIN_ROLE_IDS: ['222222222222222222'] };
  const invoker = (permissions: bigint, roles: string[] = [], userId = '999999999999999999') =>
    ({ memberPermissions: new PermissionsBitField(permissions), member: { roles } as never, user: { id: userId } as never });

  it.each([
    ['Manage Server', invoker(PermissionFlagsBits.ManageGuild), { ok: true, via: 'permission' }],
    ['Administrator', invoker(PermissionFlagsBits.Administrator), { ok: true, via: 'permission' }],
    ['an admin user id', invoker(0n, [], '111111111111111111'), { ok: true, via: 'user' }],
    ['an admin role', invoker(0n, ['222222222222222222']), { ok: true, via: 'role' }],
    ['nothing of that', invoker(PermissionFlagsBits.SendMessages, ['333333333333333333']), { ok: false, identifier: 'not_admin' }],
  ])('GIVEN %s THEN %j', (_who, who, expected) => {
    expect(canReindex(who, config)).toEqual(expected);
  });

  it('GIVEN a DM (no member) THEN only admin user ids pass', () => {
    expect(canReindex({ memberPermissions: null, member: null, user: { id: '1' } as never }, config)).toEqual({ ok: false, identifier: 'not_admin' });
  });
});
