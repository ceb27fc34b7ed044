/** Every slash command the bot serves and deploy-commands registers. Add a module here to add a command. */
import add from './add.js';
import ask from './ask.js';
import gaps from './gaps.js';
import reindex from './reindex.js';
import sources from './sources.js';
import stats from './stats.js';
import suggest from './suggest.js';

export default [ask, sources, reindex, suggest, gaps, stats, add];
