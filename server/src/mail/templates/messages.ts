import { GLOSSARY, type Locale } from './glossary';
import type { Block, MailContent } from './layout';

/**
 * Every email's wording, in English and Spanish. The Spanish is written, not machine-translated:
 * terms come from the glossary; the register is the formal "usted" used in civic correspondence.
 */

export type Role = 'FACILITATOR' | 'MEMBER' | 'OBSERVER';
export type MeetingChange = 'SCHEDULED' | 'MOVED' | 'CANCELLED';

export interface InvitationData {
  boardName: string;
  inviterName: string;
  role: Role;
  url: string;
  expiresAt: Date;
  note: string | null;
}
export interface VoteData {
  boardName: string;
  prompt: string;
  deadline: Date | null;
  url: string;
}
export interface VoteClosedData extends VoteData {
  outcome: string;
  ballots: number;
  eligible: number;
  winner: string | null;
}
export interface MeetingData {
  boardName: string;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  link: string | null;
  agenda: string[];
  url: string;
  change: MeetingChange;
}
export interface PacketData {
  boardName: string;
  draftTitle: string;
  version: number;
  url: string;
}
export interface ResponseData extends PacketData {
  officialName: string;
}
export interface DiscussionData {
  boardName: string;
  actorName: string;
  kind: 'MENTION' | 'REPLY';
  excerpt: string | null;
  url: string;
}
export interface DigestItem {
  subject: string;
  url: string;
}

const g = GLOSSARY;

/** Dates in the recipient's language, in UTC and saying so: the app keeps no time zone per person yet. */
export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en-US', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'UTC',
  })
    .format(date)
    .concat(' (UTC)');
}

const ROLE: Record<Locale, Record<Role, string>> = {
  en: { FACILITATOR: `a ${g.en.facilitator}`, MEMBER: `a ${g.en.member}`, OBSERVER: `an ${g.en.observer}` },
  es: { FACILITATOR: g.es.facilitator, MEMBER: g.es.member, OBSERVER: g.es.observer },
};

export function invitation(locale: Locale, d: InvitationData): Omit<MailContent, 'footer'> {
  const note: Block[] = d.note ? [{ quote: d.note }] : [];
  if (locale === 'es')
    return {
      subject: `Invitación a «${d.boardName}»`,
      heading: `${d.inviterName} le invita a unirse a «${d.boardName}»`,
      blocks: [
        {
          p: `Se le invita a participar como ${ROLE.es[d.role]} de la ${g.es.board}. En Roundtable la ${g.es.board} redacta en conjunto sus recomendaciones sobre la política de ${g.es.useOfForce} de la policía.`,
        },
        ...note,
        { action: { label: 'Aceptar la invitación', url: d.url } },
        { p: `El enlace es personal y vence el ${formatDate('es', d.expiresAt)}.` },
      ],
    };
  return {
    subject: `Invitation to ${d.boardName}`,
    heading: `${d.inviterName} invites you to join ${d.boardName}`,
    blocks: [
      {
        p: `You are invited as ${ROLE.en[d.role]} of the ${g.en.board}. On Roundtable the ${g.en.board} writes its recommendations on police ${g.en.useOfForce} policy together.`,
      },
      ...note,
      { action: { label: 'Accept the invitation', url: d.url } },
      { p: `The link is personal and expires on ${formatDate('en', d.expiresAt)}.` },
    ],
  };
}

export function voteOpened(locale: Locale, d: VoteData): Omit<MailContent, 'footer'> {
  if (locale === 'es')
    return {
      subject: `Nueva ${g.es.vote} en «${d.boardName}»: ${d.prompt}`,
      heading: `Se abrió una ${g.es.vote} en la que usted puede votar`,
      blocks: [
        { quote: d.prompt },
        {
          p: d.deadline
            ? `La ${g.es.vote} cierra el ${formatDate('es', d.deadline)}.`
            : `La ${g.es.vote} sigue abierta hasta que la cierre quien facilita la ${g.es.board}.`,
        },
        { action: { label: 'Ir a votar', url: d.url } },
      ],
    };
  return {
    subject: `New ${g.en.vote} on ${d.boardName}: ${d.prompt}`,
    heading: `A ${g.en.vote} you can take part in is open`,
    blocks: [
      { quote: d.prompt },
      {
        p: d.deadline
          ? `Voting closes on ${formatDate('en', d.deadline)}.`
          : `Voting stays open until a ${g.en.facilitator} closes it.`,
      },
      { action: { label: 'Cast your vote', url: d.url } },
    ],
  };
}

export function voteReminder(locale: Locale, d: VoteData & { deadline: Date }): Omit<MailContent, 'footer'> {
  if (locale === 'es')
    return {
      subject: `Quedan 24 horas para votar: ${d.prompt}`,
      heading: `Aún no ha votado y la ${g.es.vote} cierra pronto`,
      blocks: [
        { quote: d.prompt },
        {
          p: `La ${g.es.vote} de «${d.boardName}» cierra el ${formatDate('es', d.deadline)}. Si no se alcanza el ${g.es.quorum}, no se decide nada.`,
        },
        { action: { label: 'Ir a votar', url: d.url } },
      ],
    };
  return {
    subject: `24 hours left to vote: ${d.prompt}`,
    heading: `You have not voted yet, and the ${g.en.vote} closes soon`,
    blocks: [
      { quote: d.prompt },
      {
        p: `The ${g.en.vote} on ${d.boardName} closes on ${formatDate('en', d.deadline)}. Without ${g.en.quorum}, nothing is decided.`,
      },
      { action: { label: 'Cast your vote', url: d.url } },
    ],
  };
}

const OUTCOME: Record<Locale, Record<string, string>> = {
  en: {
    PASSED: 'Approved.',
    FAILED: 'Not approved.',
    BLOCKED: 'Blocked: there was no consensus.',
    NO_QUORUM: `No ${g.en.quorum}: nothing was decided.`,
    TIE: 'A tie: nothing was decided.',
    NO_MAJORITY: 'No alternative reached the required majority.',
  },
  es: {
    PASSED: 'Aprobada.',
    FAILED: 'No aprobada.',
    BLOCKED: 'Bloqueada: no hubo consenso.',
    NO_QUORUM: `Sin ${g.es.quorum}: no se decidió nada.`,
    TIE: 'Empate: no se decidió nada.',
    NO_MAJORITY: 'Ninguna opción alcanzó la mayoría necesaria.',
  },
};

export function voteClosed(locale: Locale, d: VoteClosedData): Omit<MailContent, 'footer'> {
  const outcome = OUTCOME[locale][d.outcome] ?? d.outcome;
  if (locale === 'es')
    return {
      subject: `Resultado de la ${g.es.vote} en «${d.boardName}»: ${d.prompt}`,
      heading: `La ${g.es.vote} se cerró`,
      blocks: [
        { quote: d.prompt },
        { p: `Resultado: ${outcome}` },
        ...(d.winner ? [{ p: `Opción elegida: ${d.winner}` }] : []),
        { p: `Votaron ${d.ballots} de ${d.eligible} personas con derecho a voto.` },
        { action: { label: 'Ver el resultado completo', url: d.url } },
      ],
    };
  return {
    subject: `Result of the ${g.en.vote} on ${d.boardName}: ${d.prompt}`,
    heading: `The ${g.en.vote} has closed`,
    blocks: [
      { quote: d.prompt },
      { p: `Result: ${outcome}` },
      ...(d.winner ? [{ p: `Chosen: ${d.winner}` }] : []),
      { p: `${d.ballots} of ${d.eligible} eligible people voted.` },
      { action: { label: 'See the full result', url: d.url } },
    ],
  };
}

export function meeting(locale: Locale, d: MeetingData): Omit<MailContent, 'footer'> {
  const when = formatDate(locale, d.startsAt);
  if (locale === 'es') {
    const what = {
      SCHEDULED: 'Nueva reunión',
      MOVED: 'Reunión con nuevo horario',
      CANCELLED: 'Reunión cancelada',
    }[d.change];
    const head = {
      SCHEDULED: `Se convocó una ${g.es.meeting} de «${d.boardName}»`,
      MOVED: `La ${g.es.meeting} de «${d.boardName}» cambió de fecha u hora`,
      CANCELLED: `La ${g.es.meeting} de «${d.boardName}» se canceló`,
    }[d.change];
    return {
      subject: `${what}: ${d.title} (${when})`,
      heading: head,
      blocks: [
        { p: `${d.title}: ${when}, ${d.durationMinutes} minutos.` },
        ...(d.location ? [{ p: `Lugar: ${d.location}` }] : []),
        ...(d.link && d.change !== 'CANCELLED' ? [{ p: `Enlace para conectarse: ${d.link}` }] : []),
        ...(d.change !== 'CANCELLED'
          ? d.agenda.length
            ? [{ p: `Orden del día:` }, { list: d.agenda }]
            : [{ p: `El orden del día aún está vacío.` }]
          : []),
        {
          p:
            d.change === 'CANCELLED'
              ? 'El archivo adjunto la quita de su calendario.'
              : 'El archivo adjunto la agrega a su calendario.',
        },
        { action: { label: 'Ver la reunión', url: d.url } },
      ],
    };
  }
  const what = { SCHEDULED: 'New meeting', MOVED: 'Meeting moved', CANCELLED: 'Meeting cancelled' }[d.change];
  const head = {
    SCHEDULED: `A ${g.en.meeting} of ${d.boardName} has been scheduled`,
    MOVED: `A ${g.en.meeting} of ${d.boardName} has moved`,
    CANCELLED: `A ${g.en.meeting} of ${d.boardName} has been cancelled`,
  }[d.change];
  return {
    subject: `${what}: ${d.title} (${when})`,
    heading: head,
    blocks: [
      { p: `${d.title}: ${when}, ${d.durationMinutes} minutes.` },
      ...(d.location ? [{ p: `Where: ${d.location}` }] : []),
      ...(d.link && d.change !== 'CANCELLED' ? [{ p: `Join online: ${d.link}` }] : []),
      ...(d.change !== 'CANCELLED'
        ? d.agenda.length
          ? [{ p: `Agenda:` }, { list: d.agenda }]
          : [{ p: `The ${g.en.agenda} is empty so far.` }]
        : []),
      {
        p:
          d.change === 'CANCELLED'
            ? 'The attachment removes it from your calendar.'
            : 'The attachment adds it to your calendar.',
      },
      { action: { label: 'Open the meeting', url: d.url } },
    ],
  };
}

export function packetPublished(locale: Locale, d: PacketData): Omit<MailContent, 'footer'> {
  if (locale === 'es')
    return {
      subject: `Se publicó la versión ${d.version} del ${g.es.packet} de «${d.boardName}»`,
      heading: `${d.draftTitle}: versión ${d.version} publicada`,
      blocks: [
        {
          p: `La ${g.es.board} publicó una nueva versión de su ${g.es.packet}. Incluye el texto votado, los resultados, los informes de minoría y los cambios desde la versión anterior.`,
        },
        { action: { label: 'Leer el paquete', url: d.url } },
      ],
    };
  return {
    subject: `Version ${d.version} of the ${g.en.packet} from ${d.boardName} is published`,
    heading: `${d.draftTitle}: version ${d.version} published`,
    blocks: [
      {
        p: `The ${g.en.board} published a new version of its ${g.en.packet}, with the wording voted on, the results, the ${g.en.minorityReport}s and what changed since the last version.`,
      },
      { action: { label: 'Read the packet', url: d.url } },
    ],
  };
}

export function officialResponded(locale: Locale, d: ResponseData): Omit<MailContent, 'footer'> {
  if (locale === 'es')
    return {
      subject: `${d.officialName} respondió al ${g.es.packet} de «${d.boardName}»`,
      heading: `Respuesta oficial a la versión ${d.version}`,
      blocks: [
        { p: `${d.officialName} respondió a las recomendaciones de «${d.draftTitle}».` },
        { action: { label: 'Leer la respuesta', url: d.url } },
      ],
    };
  return {
    subject: `${d.officialName} responded to the ${g.en.packet} from ${d.boardName}`,
    heading: `An ${g.en.official} response to version ${d.version}`,
    blocks: [
      { p: `${d.officialName} responded to the recommendations in ${d.draftTitle}.` },
      { action: { label: 'Read the response', url: d.url } },
    ],
  };
}

export function discussion(locale: Locale, d: DiscussionData): Omit<MailContent, 'footer'> {
  const quote: Block[] = d.excerpt ? [{ quote: d.excerpt }] : [];
  if (locale === 'es')
    return {
      subject:
        d.kind === 'MENTION'
          ? `${d.actorName} le mencionó en «${d.boardName}»`
          : `${d.actorName} respondió en su conversación de «${d.boardName}»`,
      heading:
        d.kind === 'MENTION' ? `${d.actorName} le mencionó` : `${d.actorName} respondió a su comentario`,
      blocks: [...quote, { action: { label: 'Ver la conversación', url: d.url } }],
    };
  return {
    subject:
      d.kind === 'MENTION'
        ? `${d.actorName} mentioned you on ${d.boardName}`
        : `${d.actorName} replied to your thread on ${d.boardName}`,
    heading: d.kind === 'MENTION' ? `${d.actorName} mentioned you` : `${d.actorName} replied to your comment`,
    blocks: [...quote, { action: { label: 'See the conversation', url: d.url } }],
  };
}

export function digest(locale: Locale, items: DigestItem[], daily: boolean): Omit<MailContent, 'footer'> {
  const links: Block[] = items.map((i) => ({ action: { label: i.subject, url: i.url } }));
  if (locale === 'es')
    return {
      subject: daily
        ? `Su resumen diario de Roundtable (${items.length} avisos)`
        : `${items.length} avisos nuevos en Roundtable`,
      heading: daily ? 'Su resumen diario' : 'Novedades de los últimos minutos',
      blocks: links,
    };
  return {
    subject: daily
      ? `Your daily Roundtable digest (${items.length} notices)`
      : `${items.length} new notices on Roundtable`,
    heading: daily ? 'Your daily digest' : 'What happened in the last few minutes',
    blocks: links,
  };
}

const TOPIC_NAME: Record<Locale, Record<string, string>> = {
  en: {
    VOTES: 'votes',
    MEETINGS: 'meetings',
    PACKETS: 'packets and official responses',
    DISCUSSION: 'mentions and replies',
  },
  es: {
    VOTES: 'votaciones',
    MEETINGS: 'reuniones',
    PACKETS: 'paquetes y respuestas oficiales',
    DISCUSSION: 'menciones y respuestas',
  },
};

export function footer(
  locale: Locale,
  topic: string | null,
  unsubscribeUrl: string | null,
): MailContent['footer'] {
  if (!topic || !unsubscribeUrl)
    return {
      text:
        locale === 'es'
          ? 'Recibe este correo porque alguien de la junta le invitó a Roundtable.'
          : 'You received this email because someone on the board invited you to Roundtable.',
    };
  return locale === 'es'
    ? {
        text: `Recibe este correo porque participa en una ${g.es.board} en Roundtable y tiene activados los avisos de ${TOPIC_NAME.es[topic]}. Puede cambiarlo en su cuenta.`,
        unsubscribe: { label: `Dejar de recibir avisos de ${TOPIC_NAME.es[topic]}`, url: unsubscribeUrl },
      }
    : {
        text: `You received this email because you are on a ${g.en.board} on Roundtable and get emails about ${TOPIC_NAME.en[topic]}. You can change this in your account.`,
        unsubscribe: { label: `Stop emails about ${TOPIC_NAME.en[topic]}`, url: unsubscribeUrl },
      };
}

export function topicName(locale: Locale, topic: string): string {
  return TOPIC_NAME[locale][topic] ?? topic;
}
