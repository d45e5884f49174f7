// Discord signs every HTTP interaction: Ed25519 over `timestamp + raw body`, with the application's public key.
// Node's own crypto verifies it (no extra dependency): the 32-byte raw key is wrapped in the fixed SPKI DER
// prefix for Ed25519 so createPublicKey accepts it.

import { createPublicKey, verify, type KeyObject } from 'node:crypto';

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Requests whose timestamp is further than this from our clock are refused (replays of captured requests). */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('DISCORD_PUBLIC_KEY must be 64 hex characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' }
  /** Signed with the key, but `skewSeconds` (its timestamp minus our clock) away: a wrong clock, or a replay. */
  | { ok: false; reason: 'stale'; skewSeconds: number };

/**
 * Checks the signature headers of one request against its raw body. Never throws. The signature is checked before
 * the timestamp, so that "stale" means Discord did sign it: when every request is stale, this server's clock is
 * wrong, which the operator can only tell from a request that is otherwise genuine.
 */
export function checkSignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
  nowMs: number = Date.now(),
): SignatureCheck {
  if (!signatureHex || !timestamp) return { ok: false, reason: 'missing' };
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed' };
  let signed: boolean;
  try {
    signed = verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    signed = false;
  }
  if (!signed) return { ok: false, reason: 'bad-signature' };
  const skew = Number(timestamp) - nowMs / 1000;
  if (Math.abs(skew) > MAX_CLOCK_SKEW_SECONDS) return { ok: false, reason: 'stale', skewSeconds: Math.round(skew) };
  return { ok: true };
}
