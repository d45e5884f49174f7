// The Discord side of tanya, for the entry point: start one of the two modes with injected config, library
// and logger; each returns a handle with `stop()`.

export { startGatewayBot, type GatewayBotHandle, type GatewayBotOptions } from './gateway.ts';
export { startHttpServer, type HttpServerHandle, type HttpServerOptions } from './http.ts';
export { deployCommands, type DeployOptions, type DeployResult } from './deploy.ts';
export type { BotOptions } from './bot.ts';
