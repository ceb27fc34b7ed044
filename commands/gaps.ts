/** /gaps (admins): what the dossier lacks — declined and down-voted questions grouped by wording, and suggested sources. */
import { gapReport } from '../src/community/gaps.js';
import { adminReportCommand } from '../src/transports/discord/admin-report-command.js';
import { gapsEmbed } from '../src/transports/discord/community-embeds.js';

export default adminReportCommand({
  name: 'gaps',
  description: 'What the dossier lacks: declined and down-voted questions, and suggestions (admins only).',
  defaultDays: 7,
  nothingRecorded: 'so there is no report.',
  report: gapReport,
  embed: gapsEmbed,
});
