// npm run deploy-commands [-- [--global] [--remove]] — writes tanya's slash commands to one scope: the server
// DISCORD_GUILD_ID when set (instant, for testing), else global (every server and DMs; may take up to an hour).
// --global writes the global scope even with DISCORD_GUILD_ID set; --remove empties the scope instead. Needs
// DISCORD_TOKEN; DISCORD_CLIENT_ID when unset is asked of Discord; honours DISCORD_API_URL (a proxy, or the fake).
//
// The two scopes are separate lists, and a server that has both shows every command twice. So after writing one
// scope the script looks at the other and says when the same names are there, with the command that removes them.
//
// Exit status: 0 written, 1 configuration or Discord error (one line naming the variable to fix), 2 usage error.

import { loadDotenvSayingSlips } from '../src/dotenv.ts';
import { commandDefinitions } from '../commands/index.ts';
import { ConfigError, loadConfig, requireConfig } from '../src/config.ts';
import { deployCommands, DeployError, registeredCommands, tokenApplicationId, type DeployTarget } from '../src/discord/deploy.ts';
import { tokenBotId } from '../src/discord/deploy-failure.ts';

const USAGE = `usage: npm run deploy-commands [-- [--global] [--remove]]
  (no option)  register the commands to DISCORD_GUILD_ID when set, else globally
  --global     register globally even when DISCORD_GUILD_ID is set
  --remove     remove every command of that scope instead: the server DISCORD_GUILD_ID's test copies, or with
               --global the global ones (from every server and DMs)`;
const REMOVE_HINT = '`npm run deploy-commands -- --remove`';

const args = process.argv.slice(2);
const unknown = args.filter((a) => !['--global', '--remove'].includes(a));
if (unknown.length > 0) {
  const help = unknown.some((a) => a === '--help' || a === '-h');
  (help ? console.log : console.error)(help ? USAGE : `deploy-commands: Unknown option '${unknown[0]}'\n\n${USAGE}`);
  process.exit(help ? 0 : 2);
}
// npm takes options typed before `--` for its own and says so only in npm_config_*: `npm run deploy-commands
// --remove` would register instead of removing, and `--global` would write the test server. `npm run deploy` is the
// same script (package.json): the name a moderator types first, for which npm suggests nothing.
const script = process.env.npm_lifecycle_event;
const swallowed = ['global', 'remove'].filter((o) => (script === 'deploy-commands' || script === 'deploy') && process.env[`npm_config_${o}`] === 'true');
if (swallowed.length > 0) {
  console.error(`npm took --${swallowed[0]} for itself: put the options after \`--\`, as in \`npm run ${script} -- --${swallowed[0]}\`\n${USAGE}`);
  process.exit(2);
}
const remove = args.includes('--remove');

loadDotenvSayingSlips('deploy-commands');

try {
  const config = loadConfig();
  const { token } = requireConfig(config, [['token', 'DISCORD_TOKEN']], 'npm run deploy-commands');
  const guildId = args.includes('--global') ? null : config.guildId;
  if (remove && guildId === null && !args.includes('--global')) {
    // Removing the global commands takes the bot's commands out of every server: never by a forgotten variable.
    console.error(`--remove without DISCORD_GUILD_ID would remove the global commands from every server and DMs; to mean that, add --global\n${USAGE}`);
    process.exit(2);
  }
  // DISCORD_CLIENT_ID left empty (a first setup copies only the token): the token says which application it is for.
  let clientId = config.clientId;
  if (clientId === null) {
    clientId = await tokenApplicationId({ token, apiUrl: config.apiUrl });
    console.log(`DISCORD_CLIENT_ID is not set: using application ${clientId}, the one DISCORD_TOKEN is for (set DISCORD_CLIENT_ID=${clientId} in .env to say it yourself)`);
  }
  const botId = tokenBotId(token);
  // (Only of a DISCORD_CLIENT_ID that was set: one asked of Discord is the token's own application, whatever its
  // bot's id.)
  if (botId !== null && botId !== clientId && config.clientId !== null) {
    // Only a warning: Discord does not document the token's format, and some old applications' bots have an id of
    // their own. Discord's answer then decides, and a refusal is explained with the application the token is for.
    console.error(
      `warning: DISCORD_TOKEN is the token of bot ${botId} but DISCORD_CLIENT_ID is ${clientId}; in all but some old applications the two are the same, so one of them is probably another application's`,
    );
  }
  const target: DeployTarget = { token, clientId, guildId, apiUrl: config.apiUrl };
  const where = guildId === null ? 'globally (global scope: every server the bot is in, and DMs)' : `to guild ${guildId} (guild scope: that server only, never in DMs)`;

  // What the scope held, so that a command the bulk overwrite takes away (its module deleted from commands/) is
  // named rather than gone without a word. When Discord refuses this, the write below says why.
  const before = remove ? null : await registeredCommands(target).catch((error: unknown) => (error instanceof DeployError ? null : Promise.reject(error)));
  const result = await deployCommands({ ...target, definitions: remove ? [] : commandDefinitions });
  if (remove) {
    console.log(`Removed every command registered ${where}; the other scope is unchanged.`);
  } else {
    const names = result.registered;
    const delay = guildId === null ? 'may take up to an hour to show' : 'shown at once';
    console.log(`Registered ${names.length} commands ${where}, ${delay}: ${names.map((n) => `/${n}`).join(', ')}`);
    const dropped = (before ?? []).filter((n) => !names.includes(n));
    if (dropped.length > 0) {
      console.log(`Removed (${dropped.length}), no longer defined in commands/: ${dropped.map((n) => `/${n}`).join(', ')}`);
    }
    const note = await twiceNote(target, names, config.guildId);
    if (note !== null) console.log(note);
  }
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`deploy-commands failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

/** A line when the scope not written holds commands of the same names (each then shows twice in that server). */
async function twiceNote(written: DeployTarget, names: string[], configuredGuild: string | null): Promise<string | null> {
  const other = written.guildId === null ? configuredGuild : null;
  if (written.guildId === null && other === null) {
    // The usual path: tested in a server with DISCORD_GUILD_ID, which is then unset to go global.
    return 'If a server still has the copies registered there for testing, it lists each command twice: remove them with `DISCORD_GUILD_ID=<server id> npm run deploy-commands -- --remove`.';
  }
  let there: string[];
  try {
    there = await registeredCommands({ ...written, guildId: other });
  } catch (error) {
    if (!(error instanceof DeployError)) throw error;
    return null;
  }
  const both = names.filter((n) => there.includes(n)).map((n) => `/${n}`);
  if (both.length === 0) return null;
  return written.guildId === null
    ? `Note: guild ${other} still has its own ${both.join(', ')} from testing, so it lists them twice: remove them with ${REMOVE_HINT} (DISCORD_GUILD_ID is set).`
    : `Note: ${both.join(', ')} are registered globally too, so guild ${written.guildId} lists them twice: when you are done testing, remove the guild's copies with ${REMOVE_HINT}.`;
}
