// Builders for the Discord API objects the fake sends: users, members, guilds, messages, interactions.
// Fields follow Discord's API v10 closely enough that the real discord.js client accepts them (notably
// `entitlements: []` and `authorizing_integration_owners` on interactions, without which it throws).

let counter = 0n;
/** A fresh snowflake: Discord epoch milliseconds in the high bits, a counter in the low ones. */
export function snowflake(): string {
  counter = (counter + 1n) & 0xfffn;
  return ((BigInt(Date.now() - 1420070400000) << 22n) | (1n << 17n) | counter).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  bot?: boolean;
}

export function apiUser(user: FakeUser) {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.global_name ?? null,
    avatar: null,
    public_flags: 0,
    flags: 0,
    ...(user.bot ? { bot: true } : {}),
  };
}

export interface FakeRole {
  id: string;
  name: string;
  /** Permission bitfield as a decimal string. */
  permissions: string;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  roles: FakeRole[];
  channelId: string;
  /** The @everyone role's permissions (a decimal string); Discord's default for a new server when unset. */
  everyonePermissions?: string;
}

export function apiMember(user: FakeUser, roles: string[], permissions?: string) {
  return {
    user: apiUser(user),
    roles,
    ...(permissions === undefined ? {} : { permissions }),
    joined_at: new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    communication_disabled_until: null,
  };
}

export function apiGuildCreate(guild: FakeGuild, bot: FakeUser) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    application_id: null,
    max_members: 500000,
    max_video_channel_users: 25,
    features: [],
    roles: [
      { id: guild.id, name: '@everyone', permissions: guild.everyonePermissions ?? '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null },
      ...guild.roles.map((r, i) => ({ ...r, position: i + 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null })),
    ],
    emojis: [],
    stickers: [],
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    members: [apiMember(bot, [])],
    channels: [{ id: guild.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], topic: null, nsfw: false, parent_id: null, rate_limit_per_user: 0, last_message_id: null }],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    incidents_data: null,
  };
}

/** A message as stored by the fake (a reply, follow-up or deferred "thinking" message). */
export interface StoredMessage {
  id: string;
  channel_id: string;
  content: string;
  components: unknown[];
  embeds: unknown[];
  flags: number;
  allowed_mentions: unknown;
  /** The interaction that created it (for `interaction_metadata`). */
  interactionId: string;
  interactionUser: FakeUser;
  /** Deferred and not yet edited ("Bot is thinking…"). */
  loading: boolean;
  edits: number;
  /** Files uploaded with it (multipart `files[n]`). */
  attachments: StoredAttachment[];
}

export interface StoredAttachment {
  id: string;
  filename: string;
  content_type: string;
  size: number;
  bytes: Buffer;
}

export function apiMessage(message: StoredMessage, bot: FakeUser, applicationId: string) {
  return {
    id: message.id,
    channel_id: message.channel_id,
    type: 20,
    content: message.content,
    components: message.components,
    embeds: message.embeds,
    attachments: message.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      size: a.size,
      content_type: a.content_type,
      url: `https://cdn.discordapp.invalid/attachments/${message.channel_id}/${a.id}/${a.filename}`,
      proxy_url: `https://media.discordapp.invalid/attachments/${message.channel_id}/${a.id}/${a.filename}`,
    })),
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: message.flags | (message.loading ? 128 : 0),
    author: apiUser(bot),
    timestamp: new Date().toISOString(),
    edited_timestamp: message.edits > 0 ? new Date().toISOString() : null,
    webhook_id: applicationId,
    application_id: applicationId,
    interaction_metadata: {
      id: message.interactionId,
      type: 2,
      user: apiUser(message.interactionUser),
      authorizing_integration_owners: { '0': '0' },
    },
  };
}
