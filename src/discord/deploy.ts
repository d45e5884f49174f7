// Registers the slash commands with Discord (a bulk overwrite, so removed commands disappear too).
// To one guild when a guild id is given — instant, for testing a server — else globally. Never at start-up:
// registration is rate-limited and only needed when a definition changes.

import { REST, Routes, type RESTOptions } from 'discord.js';
import type { CommandDefinition } from './command.ts';

export interface DeployOptions {
  token: string;
  clientId: string;
  guildId: string | null;
  apiUrl: string;
  definitions: readonly CommandDefinition[];
  rest?: Partial<RESTOptions>;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  /** Names Discord returned as registered. */
  registered: string[];
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST({ ...options.rest, api: options.apiUrl }).setToken(options.token);
  const route = options.guildId === null ? Routes.applicationCommands(options.clientId) : Routes.applicationGuildCommands(options.clientId, options.guildId);
  const result = (await rest.put(route, { body: options.definitions })) as Array<{ name: string }>;
  return { scope: options.guildId === null ? 'global' : 'guild', registered: result.map((c) => c.name) };
}
