import * as ical from 'node-ical';
import { createTestDatabase, GqlClient, startServer, TestDatabase, TestServer, uniqueEmail } from './harness';
import { Board, bulkPeople, newBoard, Person } from './deliberation-world';
import { startMailReceiver, type MailReceiver, type Received } from './mail-receiver';

const SETTINGS =
  'mutation($i: UpdateEmailSettingsInput!) { updateMyEmailSettings(input: $i) { locale preferences { topic mode } } }';
const MY_SETTINGS = '{ myEmailSettings { locale preferences { topic mode } } }';
const INVITE =
  'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { invitation { id } url } }';
const OPEN_VOTE = 'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id round } }';

const emailOf = async (db: TestDatabase, p: Person) =>
  (await db.query<{ email: string }>('SELECT email FROM user_account WHERE id = $1', [p.userId]))[0].email;
const to = (address: string) => (mails: Received[]) => mails.filter((m) => m.to.includes(address));
const linksOf = (html: string) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));

jest.setTimeout(60_000);

describe('email through a real SMTP server', () => {
  let db: TestDatabase;
  let server: TestServer;
  let smtp: MailReceiver;
  let board: Board;
  let es: Person;
  let esEmail: string;
  let facilitatorEmail: string;
  let observerEmail: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await startMailReceiver();
    server = await startServer({
      DATABASE_URL: db.url,
      DEMO_DATA: 'false',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Roundtable <board@city.example>',
      MAIL_DIGEST_SECONDS: '3',
    });
    board = await newBoard(db, server, 1);
    [es] = await bulkPeople(db, server, 1, board.boardId, 'MEMBER', 'lucia');
    await es.client.ok(SETTINGS, { i: { locale: 'es' } });
    esEmail = await emailOf(db, es);
    facilitatorEmail = await emailOf(db, board.facilitator);
    observerEmail = await emailOf(db, board.observer);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
    await db?.drop();
  });

  it('emails an invitation when asked, in the language of the account the address belongs to, linking to the invitation', async () => {
    const stranger = uniqueEmail('newcomer');
    const first = await board.facilitator.client.ok(INVITE, {
      i: { boardId: board.boardId, role: 'MEMBER', sendToEmail: stranger, note: 'Join us on Thursday' },
    });
    const second = await board.facilitator.client.ok(INVITE, {
      i: { boardId: board.boardId, role: 'OBSERVER', sendToEmail: esEmail },
    });
    // The copy-link path is unchanged: the link is still returned.
    expect(first.createInvitation.url).toMatch(/\/invite\//);
    const mails = await smtp.waitFor(
      (m) =>
        to(stranger)(m).length === 1 && to(esEmail)(m).some((x) => /Invitaci/.test(x.mail.subject ?? '')),
      30_000,
      'two invitations',
    );
    const en = to(stranger)(mails)[0].mail;
    expect(en.subject).toBe('Invitation to Deliberation board');
    expect(en.text).toContain(first.createInvitation.url);
    expect(en.text).toContain('Join us on Thursday');
    expect(linksOf(en.html as string)).toContain(first.createInvitation.url);
    expect(en.html).toMatch(/<html lang="en">/);
    const sp = to(esEmail)(mails).find((x) => /Invitaci/.test(x.mail.subject ?? ''))!.mail;
    expect(sp.subject).toBe('Invitación a «Deliberation board»');
    expect(sp.html).toMatch(/<html lang="es">/);
    expect(sp.text).toContain('observador/a');
    expect(sp.text).toContain(second.createInvitation.url);
    // No invitation without the option, and a bad address is refused with nothing stored.
    const bad = await board.facilitator.client.gql(INVITE, {
      i: { boardId: board.boardId, role: 'MEMBER', sendToEmail: 'not an address' },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('tells everyone who can vote that a vote opened, each in their language, with plain accessible HTML and a text part', async () => {
    const q = await board.facilitator.client.ok(OPEN_VOTE, {
      i: {
        boardId: board.boardId,
        draftId: board.draftId,
        clauseId: board.clauseIds[0],
        subject: 'CLAUSE',
        kind: 'APPROVAL',
        prompt: 'Adopt clause 1 on de-escalation?',
      },
    });
    const isOpen = (m: Received) =>
      /Adopt clause 1/.test(m.mail.subject ?? '') && !/Result|Resultado/.test(m.mail.subject ?? '');
    const mails = await smtp.waitFor((m) => m.filter(isOpen).length >= 3, 30_000, 'vote-opened mails');
    const opened = mails.filter(isOpen);
    const recipients = opened.flatMap((m) => m.to).sort();
    // Members and facilitators vote; the observer does not, so is not told.
    expect(recipients).toEqual([facilitatorEmail, esEmail, await emailOf(db, board.member)].sort());
    expect(recipients).not.toContain(observerEmail);
    const sp = opened.find((m) => m.to.includes(esEmail))!.mail;
    expect(sp.subject).toBe('Nueva votación en «Deliberation board»: Adopt clause 1 on de-escalation?');
    expect(sp.text).toContain('Ir a votar');
    const link = `${server.url}/drafts/${board.draftId}/discuss?question=${q.createQuestion.id}`;
    expect(sp.text).toContain(link);
    expect(linksOf(sp.html as string)).toContain(link);
    expect(sp.html).not.toMatch(/<img|src=/i);
    const en = opened.find((m) => m.to.includes(facilitatorEmail))!.mail;
    expect(en.subject).toBe('New vote on Deliberation board: Adopt clause 1 on de-escalation?');
    expect(en.from?.text).toContain('board@city.example');
  });

  it('gives every topic email a one-click unsubscribe (RFC 8058) that works without signing in', async () => {
    await board.facilitator.client.ok(OPEN_VOTE, {
      i: { boardId: board.boardId, subject: 'MOTION', kind: 'APPROVAL', prompt: 'Hold a listening session?' },
    });
    const isHers = (m: Received) =>
      m.to.includes(esEmail) && /Hold a listening session/.test(m.mail.subject ?? '');
    const mail = (await smtp.waitFor((m) => m.some(isHers), 30_000, 'her vote mail')).find(isHers)!.mail;
    // mailparser folds List-* headers into one object; read the header lines as sent.
    const header = (key: string) =>
      mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, '');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const url = /^List-Unsubscribe:\s*<(https?:[^>]+)>$/.exec(header('list-unsubscribe') ?? '')![1];
    expect(url.startsWith(`${server.url}/api/mail/unsubscribe?`)).toBe(true);
    expect(mail.text).toContain(url);

    // GET shows a confirmation in the person's language and changes nothing (scanners follow links).
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/lang="es"[\s\S]*Dejar de recibir avisos de votaciones/);
    const mode = async () =>
      (await es.client.ok(MY_SETTINGS)).myEmailSettings.preferences.find(
        (p: { topic: string }) => p.topic === 'VOTES',
      ).mode;
    expect(await mode()).toBe('NOW');

    // A tampered signature changes nothing.
    const forged = url.replace(/s=[^&]+/, 's=AAAA');
    expect(await (await fetch(forged, { method: 'POST' })).text()).toMatch(/not valid/);
    expect(await mode()).toBe('NOW');

    // What a mail client does: POST the one-click body to the header's URL, with no cookie.
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await mode()).toBe('NONE');

    // The next vote reaches the others but not her.
    await board.facilitator.client.ok(OPEN_VOTE, {
      i: { boardId: board.boardId, subject: 'MOTION', kind: 'APPROVAL', prompt: 'Meet twice a month?' },
    });
    const mails = await smtp.waitFor(
      (m) => m.filter((x) => /Meet twice a month/.test(x.mail.subject ?? '')).length >= 2,
      30_000,
      'second vote',
    );
    // Her copy would have been queued in the same transaction as the others'; none exists.
    expect(
      mails.filter((x) => /Meet twice a month/.test(x.mail.subject ?? '')).flatMap((x) => x.to),
    ).not.toContain(esEmail);
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM mail_message WHERE to_address = $1 AND subject LIKE '%Meet twice%'`,
      [esEmail],
    );
    expect(n).toBe(0);
    await es.client.ok(SETTINGS, { i: { preferences: [{ topic: 'VOTES', mode: 'NOW' }] } });
  });

  it('sends the result when a vote closes', async () => {
    const q = await board.facilitator.client.ok(OPEN_VOTE, {
      i: {
        boardId: board.boardId,
        subject: 'MOTION',
        kind: 'APPROVAL',
        prompt: 'Publish the minutes weekly?',
      },
    });
    const id = q.createQuestion.id;
    await es.client.ok('mutation($i: CastBallotInput!) { castBallot(input: $i) { round } }', {
      i: { questionId: id, choice: 'APPROVE' },
    });
    await board.facilitator.client.ok('mutation($id: ID!) { closeQuestion(questionId: $id) { id } }', { id });
    const mails = await smtp.waitFor(
      (m) => to(esEmail)(m).some((x) => /Resultado/.test(x.mail.subject ?? '')),
      30_000,
      'result',
    );
    const sp = to(esEmail)(mails).find((x) => /Resultado/.test(x.mail.subject ?? ''))!.mail;
    expect(sp.subject).toBe('Resultado de la votación en «Deliberation board»: Publish the minutes weekly?');
    expect(sp.text).toMatch(/Resultado: (Aprobada|No aprobada|Sin quórum)/);
    expect(sp.text).toMatch(/Votaron 1 de 3 personas/);
  });

  it('reminds, 24 hours before the deadline, only those who have not voted yet', async () => {
    // Due 24 hours before a deadline a few seconds past a day from now: the reminder job runs soon.
    const deadline = new Date(Date.now() + 86_400_000 + 4_000);
    const q = await board.facilitator.client.ok(OPEN_VOTE, {
      i: {
        boardId: board.boardId,
        subject: 'MOTION',
        kind: 'APPROVAL',
        prompt: 'Ask the chief to attend?',
        deadline: deadline.toISOString(),
      },
    });
    await board.facilitator.client.ok('mutation($i: CastBallotInput!) { castBallot(input: $i) { round } }', {
      i: { questionId: q.createQuestion.id, choice: 'APPROVE' },
    });
    const isReminder = (m: Received) =>
      /(24 hours left|Quedan 24 horas)/.test(m.mail.subject ?? '') &&
      /chief to attend/.test(m.mail.subject ?? '');
    const mails = await smtp.waitFor((m) => m.filter(isReminder).length >= 2, 45_000, 'reminders');
    const reminded = mails
      .filter(isReminder)
      .flatMap((m) => m.to)
      .sort();
    expect(reminded).toEqual([esEmail, await emailOf(db, board.member)].sort());
    const sp = mails.find((m) => isReminder(m) && m.to.includes(esEmail))!.mail;
    expect(sp.subject).toBe('Quedan 24 horas para votar: Ask the chief to attend?');
    expect(sp.text).toContain('quórum');
  });

  it('sends a scheduled meeting with a valid calendar invitation (METHOD:REQUEST, stable UID) and the agenda link', async () => {
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    startsAt.setUTCMinutes(0, 0, 0);
    const m = await board.facilitator.client.ok(
      'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
      {
        i: {
          boardId: board.boardId,
          title: 'December session',
          startsAt: startsAt.toISOString(),
          durationMinutes: 120,
          location: 'City Hall, Room 2',
        },
      },
    );
    const id = m.scheduleMeeting.id;
    const mails = await smtp.waitFor(
      (x) => x.filter((y) => /December session/.test(y.mail.subject ?? '')).length >= 4,
      30_000,
      'meeting mails',
    );
    const meeting = mails.filter((y) => /December session/.test(y.mail.subject ?? ''));
    // Observers are told of meetings too.
    expect(meeting.flatMap((x) => x.to)).toContain(observerEmail);
    const sp = meeting.find((x) => x.to.includes(esEmail))!.mail;
    expect(sp.subject).toMatch(/^Nueva reunión: December session/);
    expect(sp.text).toContain(`${server.url}/meetings/${id}`);
    const icsPart = sp.attachments.find(
      (a) => a.contentType === 'text/calendar' || /\.ics$/.test(a.filename ?? ''),
    );
    expect(icsPart).toBeDefined();
    const text = icsPart!.content.toString('utf8');
    expect(text).toMatch(/^METHOD:REQUEST\r?$/m);
    const parsed = ical.sync.parseICS(text);
    const event = Object.values(parsed).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(event.uid).toBe(`meeting-${id}@127.0.0.1`);
    expect(new Date(event.start).toISOString()).toBe(startsAt.toISOString());
    expect(new Date(event.end!).getTime() - new Date(event.start).getTime()).toBe(120 * 60_000);
    expect(String(event.sequence)).toBe('0');
    expect(event.location).toBe('City Hall, Room 2');
  });

  it('tells members and observers that a packet version is published, and members when an official responds', async () => {
    const v = await board.facilitator.client.ok(
      'mutation($i: PublishPacketInput!) { publishPacket(input: $i) { id version } }',
      {
        i: { draftId: board.draftId, title: 'Recommendations' },
      },
    );
    const versionId = v.publishPacket.id;
    const mails = await smtp.waitFor(
      (x) => x.filter((y) => /(version|versión) 1/i.test(y.mail.subject ?? '')).length >= 4,
      30_000,
      'packet mails',
    );
    const packet = mails.filter((y) => /(version|versión) 1/i.test(y.mail.subject ?? ''));
    expect(packet.flatMap((x) => x.to)).toContain(observerEmail);
    const sp = packet.find((x) => x.to.includes(esEmail))!.mail;
    expect(sp.subject).toBe('Se publicó la versión 1 del paquete de recomendaciones de «Deliberation board»');
    expect(sp.text).toContain(`${server.url}/drafts/${board.draftId}/packet?version=${versionId}`);

    const link = await board.facilitator.client.ok(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url } }',
      { i: { packetVersionId: versionId } },
    );
    const token = link.createShareLink.url.split('/p/')[1];
    const official = new GqlClient(server.url);
    await official.ok('mutation($i: RespondToPacketInput!) { respondToPacket(input: $i) { id } }', {
      i: {
        token,
        clauseId: board.clauseIds[0],
        status: 'ACCEPTED',
        responderName: 'Chief Ramos',
        responderRole: 'Chief of Police',
      },
    });
    const responded = await smtp.waitFor(
      (x) => to(esEmail)(x).some((y) => /Chief Ramos/.test(y.mail.subject ?? '')),
      30_000,
      'response mail',
    );
    expect(to(esEmail)(responded).find((y) => /Chief Ramos/.test(y.mail.subject ?? ''))!.mail.subject).toBe(
      'Chief Ramos (Chief of Police) respondió al paquete de recomendaciones de «Deliberation board»',
    );
    // Observers (officials themselves) are not told of responses.
    expect(to(observerEmail)(responded).some((y) => /Chief Ramos/.test(y.mail.subject ?? ''))).toBe(false);
  });

  it('gathers mentions that arrive within minutes into one digest email', async () => {
    const add = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }';
    for (const body of ['First thought, @lucia?', 'And a second one, @lucia.'])
      await board.member.client.ok(add, {
        i: { draftId: board.draftId, clauseId: board.clauseIds[0], body, mentions: [es.userId] },
      });
    const mails = await smtp.waitFor(
      (x) => to(esEmail)(x).some((y) => /avisos nuevos/.test(y.mail.subject ?? '')),
      30_000,
      'digest',
    );
    const digest = to(esEmail)(mails).find((y) => /avisos nuevos/.test(y.mail.subject ?? ''))!.mail;
    expect(digest.subject).toBe('2 avisos nuevos en Roundtable');
    expect((digest.text!.match(/le mencionó/g) ?? []).length).toBe(2);
    expect(digest.text).toContain(
      `${server.url}/drafts/${board.draftId}/discuss?clause=${board.clauseIds[0]}`,
    );
    // The two single mentions were folded into the digest, never sent on their own.
    expect(to(esEmail)(smtp.unique()).filter((y) => /le mencionó/.test(y.mail.subject ?? ''))).toEqual([]);
  });

  it('keeps a daily-digest choice for later instead of sending at once', async () => {
    await board.member.client.ok(SETTINGS, { i: { preferences: [{ topic: 'MEETINGS', mode: 'DAILY' }] } });
    const memberEmail = await emailOf(db, board.member);
    await board.facilitator.client.ok(
      'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }',
      {
        i: {
          boardId: board.boardId,
          title: 'January session',
          startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      },
    );
    await smtp.waitFor(
      (x) => x.some((y) => y.to.includes(facilitatorEmail) && /January session/.test(y.mail.subject ?? '')),
      30_000,
      'meeting mail',
    );
    const held = await db.query<{ status: string; hold_until: Date }>(
      `SELECT status, hold_until FROM mail_message WHERE to_address = $1 AND subject LIKE '%January%'`,
      [memberEmail],
    );
    expect(held.map((h) => h.status)).toEqual(['HELD']);
    expect(new Date(held[0].hold_until).getUTCHours()).toBe(7);
  });
});
