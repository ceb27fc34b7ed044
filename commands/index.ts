/** Every slash command the bot serves and deploy-commands registers. Add a module here to add a command. */
import ask from './ask.js';
import reindex from './reindex.js';
import sources from './sources.js';

export default [ask, sources, reindex];
