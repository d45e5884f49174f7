// A moderator who starts the bot before inviting it (README: Discord → 2) saw "logged in to Discord" with
// guilds: 0 and nothing else. The bot knows its application id, so it says what is missing and gives the very link
// that adds it. Real gateway bot on the fake Discord.

import { describe, expect, it, vi } from 'vitest';
import { inviteUrl } from '../src/discord/invite.ts';
import { openLibrary, startBotOnFake, tempCorpus } from './fake-discord/harness.ts';

describe('a bot in no server yet', () => {
  it('warns at start-up with the invite link for its own application', async () => {
    const corpus = tempCorpus();
    const gw = await startBotOnFake(await openLibrary(corpus.dir), { fake: { guilds: [] } });
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => 'invite' in l)).toBe(true));
      const [line] = gw.logs.lines.filter((l) => 'invite' in l);
      const url = `https://discord.com/oauth2/authorize?client_id=${gw.fake.applicationId}&scope=bot+applications.commands&permissions=0`;
      expect(line).toMatchObject({ level: 40, invite: url });
      expect(line!.msg).toBe(`the bot is in no server yet, so no one can use it: open ${url} to add it to yours (README: Discord → 2. Invite the bot)`);
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('says nothing of it once it is in a server', async () => {
    const corpus = tempCorpus();
    const gw = await startBotOnFake(await openLibrary(corpus.dir));
    try {
      await vi.waitFor(() => expect(gw.logs.lines.some((l) => l.msg === 'logged in to Discord')).toBe(true));
      expect(gw.logs.lines.filter((l) => 'invite' in l)).toEqual([]);
    } finally {
      await gw.close();
      corpus.remove();
    }
  });

  it('builds the README\'s link', () => {
    expect(inviteUrl('123456789012345678')).toBe('https://discord.com/oauth2/authorize?client_id=123456789012345678&scope=bot+applications.commands&permissions=0');
  });
});
