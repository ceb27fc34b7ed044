/** /stats (admins): questions per day, answered share, votes, latency and the most cited articles. */
import { usageStats } from '../src/community/stats.js';
import { adminReportCommand } from '../src/transports/discord/admin-report-command.js';
import { statsEmbed } from '../src/transports/discord/community-embeds.js';

export default adminReportCommand({
  name: 'stats',
  description: 'Usage figures: questions, answered share, votes, latency (admins only).',
  defaultDays: 30,
  nothingRecorded: 'so there are no figures.',
  report: usageStats,
  embed: statsEmbed,
});
