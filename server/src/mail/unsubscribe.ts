import { createHmac, timingSafeEqual } from 'node:crypto';
import { MailTopic } from './mail.entity';

/** The signature of "this person stops emails on this topic", keyed by the server's secret. */
export function unsubscribeSignature(secret: string, userId: string, topic: MailTopic): string {
  return createHmac('sha256', secret).update(`mail-unsubscribe:v1:${userId}:${topic}`).digest('base64url');
}

export function unsubscribeUrl(origin: string, secret: string, userId: string, topic: MailTopic): string {
  const q = new URLSearchParams({ u: userId, t: topic, s: unsubscribeSignature(secret, userId, topic) });
  return `${origin}/api/mail/unsubscribe?${q.toString()}`;
}

/** Checks a link's signature in constant time; anything malformed is simply not valid. */
export function verifyUnsubscribe(
  secret: string,
  query: { u?: unknown; t?: unknown; s?: unknown },
): { userId: string; topic: MailTopic } | null {
  const { u, t, s } = query;
  if (typeof u !== 'string' || typeof t !== 'string' || typeof s !== 'string') return null;
  if (!/^[0-9a-f-]{36}$/i.test(u) || !(Object.values(MailTopic) as string[]).includes(t)) return null;
  const expected = Buffer.from(unsubscribeSignature(secret, u, t as MailTopic));
  const given = Buffer.from(s);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { userId: u, topic: t as MailTopic };
}
