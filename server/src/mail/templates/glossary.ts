/**
 * The one glossary for email wording. Every template takes these terms from here, so a term is
 * always rendered the same way in a language. When the interface is translated, it should use
 * (or move into shared/) this same list.
 */
export type Locale = 'en' | 'es';
export const LOCALES: readonly Locale[] = ['en', 'es'];

export const GLOSSARY = {
  en: {
    board: 'board',
    advisoryBoard: 'advisory board',
    quorum: 'quorum',
    amendment: 'amendment',
    minorityReport: 'minority report',
    useOfForce: 'use of force',
    vote: 'vote',
    meeting: 'meeting',
    agenda: 'agenda',
    packet: 'recommendation packet',
    official: 'official',
    facilitator: 'facilitator',
    member: 'member',
    observer: 'observer',
    mention: 'mention',
    reply: 'reply',
  },
  es: {
    board: 'junta',
    advisoryBoard: 'consejo asesor',
    quorum: 'quórum',
    amendment: 'enmienda',
    minorityReport: 'informe de minoría',
    useOfForce: 'uso de la fuerza',
    vote: 'votación',
    meeting: 'reunión',
    agenda: 'orden del día',
    packet: 'paquete de recomendaciones',
    official: 'autoridad',
    facilitator: 'facilitador/a',
    member: 'integrante',
    observer: 'observador/a',
    mention: 'mención',
    reply: 'respuesta',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export function asLocale(value: string | null | undefined): Locale {
  return value === 'es' ? 'es' : 'en';
}
