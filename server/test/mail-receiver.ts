/**
 * A real SMTP server for tests (the `smtp-server` package) that parses what it receives with
 * `mailparser`. It counts every delivery, and keeps one copy per Message-ID, so a test can
 * assert both "each message arrived" and "nothing arrived twice".
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  raw: string;
  mail: ParsedMail;
  to: string[];
}

export interface MailReceiver {
  port: number;
  url: string;
  /** Every delivery, duplicates included. */
  deliveries: Received[];
  /** One entry per Message-ID. */
  unique(): Received[];
  /** Waits (bounded) until `predicate` holds for the unique messages, then returns them. */
  waitFor(predicate: (mails: Received[]) => boolean, timeoutMs?: number, what?: string): Promise<Received[]>;
  /** Delays each acceptance, to keep a queue busy while a test kills a replica. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startMailReceiver(): Promise<MailReceiver> {
  const deliveries: Received[] = [];
  const waiters = new Set<() => void>();
  const receiver: MailReceiver = {
    port: 0,
    url: '',
    deliveries,
    delayMs: 0,
    unique() {
      const seen = new Map<string, Received>();
      for (const d of deliveries)
        if (!seen.has(d.mail.messageId ?? d.raw)) seen.set(d.mail.messageId ?? d.raw, d);
      return [...seen.values()];
    },
    waitFor(predicate, timeoutMs = 30_000, what = 'mail') {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mails = receiver.unique();
          if (predicate(mails)) {
            cleanup();
            resolve(mails);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `timed out waiting for ${what}; received ${deliveries.length}: ${receiver
                .unique()
                .map((m) => `${m.to.join(',')}: ${m.mail.subject}`)
                .join(' | ')}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    // Plain SMTP on loopback: no STARTTLS (its self-signed certificate would be refused) and no AUTH.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((r) => r.address);
        void simpleParser(raw).then((mail) => {
          setTimeout(() => {
            deliveries.push({ raw, mail, to });
            callback();
            for (const w of [...waiters]) w();
          }, receiver.delayMs);
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.server.address();
  receiver.port = typeof address === 'object' && address ? address.port : 0;
  receiver.url = `smtp://127.0.0.1:${receiver.port}`;
  return receiver;
}
