/** `npm run deploy-commands`: registers /ask, /sources and /reindex with Discord. Run again after changing them. */
import { loadConfig } from '../src/config.js';
import { isDossierError } from '../src/core/errors.js';
import { deployCommands } from '../src/transports/discord/deploy.js';

try {
  const config = loadConfig();
  const { scope, names } = await deployCommands(config);
  const where = scope === 'guild' ? `in server ${config.DISCORD_GUILD_ID} (available now)` : 'globally (Discord may take a few minutes to show them everywhere)';
  process.stdout.write(`Registered ${names.map((n) => `/${n}`).join(', ')} ${where}.\n`);
} catch (error) {
  process.stderr.write(`${isDossierError(error) ? error.message : `Could not register the commands: ${String(error)}`}\n`);
  process.exitCode = 1;
}
