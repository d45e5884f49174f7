// The fake Discord's checks on uploads, driven directly: the Full passage tests trust it to refuse what Discord
// refuses (a file over the upload limit, a message without its payload_json, a body that is no multipart form), so
// a fake that let those through would let a broken bot pass them. Each case posts raw requests, as discord.js would,
// and checks the status and that nothing was stored for a refused upload.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from './fake-discord/index.ts';

const LIMIT = 64;
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({ attachmentSizeLimit: LIMIT });
});

afterAll(async () => {
  await fake?.close();
});

/** An unanswered slash command, and the two places a file goes for it: its callback and its follow-ups. */
function interaction(): { id: string; callback: string; followUp: string } {
  const payload = fake.buildInteraction({ type: 2, data: { id: '1', name: 'ask', type: 1, options: [] } });
  const [id, token] = [payload.id as string, payload.token as string];
  return {
    id,
    callback: `${fake.apiUrl}/v10/interactions/${id}/${token}/callback`,
    followUp: `${fake.apiUrl}/v10/webhooks/${fake.applicationId}/${token}`,
  };
}

/** A multipart form as discord.js sends one: the message as `payload_json`, then each file as `files[n]`. */
function form(payload: unknown | undefined, files: Array<[field: string, name: string, text: string]>): FormData {
  const out = new FormData();
  if (payload !== undefined) out.append('payload_json', JSON.stringify(payload));
  for (const [field, name, text] of files) out.append(field, new Blob([text], { type: 'text/plain' }), name);
  return out;
}

/** POSTs `body` (a form, or raw bytes under `contentType`); a fake that never answers fails the test, not hangs it. */
async function post(url: string, body: FormData | string, contentType?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(url, {
    method: 'POST',
    body,
    ...(contentType === undefined ? {} : { headers: { 'content-type': contentType } }),
    signal: AbortSignal.timeout(5000),
  });
  const text = await res.text();
  return { status: res.status, json: text === '' ? null : JSON.parse(text) };
}

const reply = (filename: string) => ({ type: 4, data: { content: 'here', flags: 64, attachments: [{ id: 0, filename }] } });

describe('fake Discord uploads', () => {
  it('takes a well-formed upload, in a callback and in a follow-up, and keeps the files on the messages', async () => {
    const i = interaction();
    const answered = await post(i.callback, form(reply('a.txt'), [['files[0]', 'a.txt', 'héllo']]));
    expect(answered.status).toBe(204);
    expect(fake.callbacks.filter((c) => c.interactionId === i.id)).toHaveLength(1);
    const original = fake.original(i.id)!;
    expect(original.attachments.map((a) => [a.filename, a.bytes.toString('utf8')])).toEqual([['a.txt', 'héllo']]);

    const followed = await post(i.followUp, form({ content: 'more', attachments: [{ id: 0, filename: 'b.txt' }] }, [['files[0]', 'b.txt', 'b']]));
    expect(followed.status).toBe(200);
    expect(fake.followUps(i.id).map((m) => m.attachments.map((a) => a.filename))).toEqual([['b.txt']]);
    const upload = fake.requests.find((r) => r.path.endsWith('/callback') && r.path.includes(i.id))!;
    expect(upload.files.map((f) => [f.field, f.filename, f.bytes.length])).toEqual([['files[0]', 'a.txt', 'héllo'.length + 1]]);
  });

  it('answers a malformed multipart body with 400, not a hung request', async () => {
    const i = interaction();
    const broken = await post(i.callback, '--x\r\nnot a part at all', 'multipart/form-data; boundary=x');
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ code: 50035 });
    // The interaction is still unanswered: the bot may answer it properly.
    expect(fake.callbacks.some((c) => c.interactionId === i.id)).toBe(false);
    expect((await post(i.callback, form(reply('a.txt'), [['files[0]', 'a.txt', 'x']]))).status).toBe(204);
  });

  it('refuses an upload without payload_json: the files alone are no message', async () => {
    const i = interaction();
    const bare = await post(i.callback, form(undefined, [['files[0]', 'a.txt', 'x']]));
    expect(bare.status).toBe(400);
    expect(fake.original(i.id)).toBeUndefined();
    const followUp = interaction();
    await post(followUp.callback, form({ type: 5 }, []));
    expect((await post(followUp.followUp, form(undefined, [['files[0]', 'a.txt', 'x']]))).status).toBe(400);
    expect(fake.followUps(followUp.id)).toEqual([]);
  });

  it('refuses a file over the upload limit with 413 Request entity too large, and stores nothing', async () => {
    const i = interaction();
    const big = await post(i.callback, form(reply('big.txt'), [['files[0]', 'big.txt', 'x'.repeat(LIMIT + 1)]]));
    expect(big.status).toBe(413);
    expect(big.json).toMatchObject({ code: 40005 });
    expect(fake.original(i.id)).toBeUndefined();
    // At the limit exactly, it is taken.
    expect((await post(i.callback, form(reply('fits.txt'), [['files[0]', 'fits.txt', 'x'.repeat(LIMIT)]]))).status).toBe(204);
  });

  it('refuses a body that is not a multipart form, and file parts not named as Discord names them', async () => {
    const i = interaction();
    // A multipart body sent as JSON: no message can be read from it.
    const asJson = await post(i.callback, '--x\r\nContent-Disposition: form-data; name="payload_json"\r\n\r\n{}\r\n--x--\r\n', 'application/json');
    expect(asJson.status).toBe(400);
    const asText = await post(i.callback, JSON.stringify(reply('a.txt')), 'text/plain');
    expect(asText.status).toBe(400);
    // A file in a field Discord does not read, or an attachment naming a file that was not sent.
    expect((await post(i.callback, form(reply('a.txt'), [['file', 'a.txt', 'x']]))).status).toBe(400);
    expect((await post(i.callback, form(reply('a.txt'), [['files[1]', 'a.txt', 'x']]))).status).toBe(400);
    expect(fake.callbacks.some((c) => c.interactionId === i.id)).toBe(false);
  });
});
