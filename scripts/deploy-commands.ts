// npm run deploy-commands — registers tanya's slash commands: to DISCORD_GUILD_ID when set (instant), else
// globally (may take up to an hour to appear). Needs DISCORD_TOKEN and DISCORD_CLIENT_ID; honours
// DISCORD_API_URL (a proxy, or the test fake).

import { loadDotenv } from '../src/dotenv.ts';
import { commandDefinitions } from '../commands/index.ts';
import { ConfigError, loadConfig, requireConfig } from '../src/config.ts';
import { deployCommands } from '../src/discord/deploy.ts';

loadDotenv();

try {
  const config = loadConfig();
  const { token, clientId } = requireConfig(config, [
    ['token', 'DISCORD_TOKEN'],
    ['clientId', 'DISCORD_CLIENT_ID'],
  ]);
  const result = await deployCommands({ token, clientId, guildId: config.guildId, apiUrl: config.apiUrl, definitions: commandDefinitions });
  const where = result.scope === 'guild' ? `guild ${config.guildId}` : 'all servers (global: may take up to an hour to show)';
  console.log(`Registered ${result.registered.length} commands for ${where}: ${result.registered.map((n) => `/${n}`).join(', ')}`);
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`deploy-commands failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
