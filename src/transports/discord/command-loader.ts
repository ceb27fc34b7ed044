/** Loads the command modules and checks each against the Command predicate. */
import commandModules from '../../../commands/index.js';
import { commandJson, commandPredicate, type Command, type CommandSettings } from './command.js';

/**
 * Commands by name. The modules come from the static list in commands/index.ts rather than a directory scan:
 * the same import works under vitest (.ts) and in dist (.js), and a missing module fails the build, not the bot.
 */
export function loadCommands(settings: CommandSettings, modules: readonly unknown[] = commandModules): Map<string, Command> {
  const commands = new Map<string, Command>();
  for (const [i, candidate] of modules.entries()) {
    const checked = commandPredicate.safeParse(candidate);
    if (!checked.success) throw new Error(`Command module #${i + 1} in commands/index.ts is not a Command: ${checked.error.message}`);
    const command = candidate as Command;
    commands.set(commandJson(command, settings).name, command);
  }
  return commands;
}
