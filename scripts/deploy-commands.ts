// npm run deploy-commands — registers tanya's slash commands: to DISCORD_GUILD_ID when set (instant), else
// globally (may take up to an hour to appear). Needs DISCORD_TOKEN and DISCORD_CLIENT_ID; honours
// DISCORD_API_URL (a proxy, or the test fake). A failure is one line naming the variable to fix (deploy-failure.ts).

import { loadDotenv } from '../src/dotenv.ts';
import { commandDefinitions } from '../commands/index.ts';
import { ConfigError, loadConfig, requireConfig } from '../src/config.ts';
import { deployCommands } from '../src/discord/deploy.ts';
import { tokenBotId } from '../src/discord/deploy-failure.ts';

loadDotenv();

try {
  const config = loadConfig();
  const { token, clientId } = requireConfig(config, [
    ['token', 'DISCORD_TOKEN'],
    ['clientId', 'DISCORD_CLIENT_ID'],
  ]);
  const botId = tokenBotId(token);
  if (botId !== null && botId !== clientId) {
    // Only a warning: Discord does not document the token's format, and some old applications' bots have an id of
    // their own. Discord's answer then decides, and a refusal is explained with the application the token is for.
    console.error(
      `warning: DISCORD_TOKEN is the token of bot ${botId} but DISCORD_CLIENT_ID is ${clientId}; in all but some old applications the two are the same, so one of them is probably another application's`,
    );
  }
  const result = await deployCommands({ token, clientId, guildId: config.guildId, apiUrl: config.apiUrl, definitions: commandDefinitions });
  const where = result.scope === 'guild' ? `guild ${config.guildId}` : 'all servers (global: may take up to an hour to show)';
  console.log(`Registered ${result.registered.length} commands for ${where}: ${result.registered.map((n) => `/${n}`).join(', ')}`);
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`deploy-commands failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
