import { PACKET_PAGE_SIZES, PACKET_SCHEMA_VERSION, PacketSchemaVersion } from './types';

/* A JSON Schema (draft-07) for the frozen packet. Kept beside the types; a test validates the
 * sample packets against it, so the two cannot drift apart unnoticed. */

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const count = { type: 'integer', minimum: 0 } as const;
const strArray = { type: 'array', items: str } as const;
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' } as const;
const nullableIsoDate = { anyOf: [isoDate, { type: 'null' }] } as const;

function object(properties: Record<string, unknown>, optional: string[] = []) {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  } as const;
}

const redlinePart = object({ op: { enum: ['equal', 'insert', 'delete'] }, text: str });
const redlineSummary = object({
  added: count,
  removed: count,
  moved: count,
  changed: count,
  unchanged: count,
});
const redlineEnd = { anyOf: [object({ number: str, heading: str }), { type: 'null' }] };
const redlineEntry = object({
  clauseId: str,
  status: { enum: ['ADDED', 'REMOVED', 'MOVED', 'CHANGED', 'UNCHANGED'] },
  moved: { type: 'boolean' },
  before: redlineEnd,
  after: redlineEnd,
  heading: { type: 'array', items: redlinePart },
  text: { type: 'array', items: redlinePart },
});

const vote = object({
  questionId: str,
  question: str,
  rule: str,
  tallies: { type: 'array', items: object({ option: str, count }) },
  eligible: { anyOf: [count, { type: 'null' }] },
  outcome: str,
  passed: { type: 'boolean' },
  closedAt: nullableIsoDate,
  textHash: nullableStr,
  matchesPacketText: { type: 'boolean' },
});

const dissent = object(
  {
    kind: { enum: ['OBJECTION', 'BLOCK', 'MINORITY_REPORT'] },
    author: nullableStr,
    text: str,
    questionId: nullableStr,
    createdAt: nullableIsoDate,
    title: str,
    signatories: strArray,
  },
  ['title', 'signatories'],
);

const inline = object({ text: str, bold: { const: true }, italic: { const: true } }, ['bold', 'italic']);
/** Clause body blocks nest (a list item holds blocks), so they are a named, recursive definition. */
const blockDefinitions = {
  block: {
    type: 'object',
    oneOf: [
      object({ type: { const: 'paragraph' }, content: { type: 'array', items: inline } }),
      object({
        type: { const: 'list' },
        ordered: { type: 'boolean' },
        start: count,
        items: {
          type: 'array',
          items: object({ blocks: { type: 'array', items: { $ref: '#/definitions/block' } } }),
        },
      }),
    ],
  },
} as const;

const clauseFields = {
  id: str,
  number: str,
  heading: str,
  text: str,
  textHash: str,
  components: { type: 'array', items: object({ id: str, title: str }) },
  votes: { type: 'array', items: vote },
  dissents: { type: 'array', items: dissent },
  discussion: object({
    openThreads: count,
    excerpts: {
      type: 'array',
      items: object({ author: nullableStr, text: str, createdAt: nullableIsoDate }),
    },
  }),
};

const coverageItem = object({ id: str, title: str, status: str });
const coverage = object({
  components: {
    type: 'array',
    items: object({
      id: str,
      title: str,
      status: str,
      clauseNumbers: strArray,
      items: { type: 'array', items: coverageItem },
    }),
  },
  summary: object({ covered: count, partial: count, missing: count, total: count }),
});

/**
 * The JSON Schema of one packet schema version. Version 2 adds `blocks` to every clause and
 * `pageSize`; a version 1 packet stays valid against the version 1 schema forever.
 */
export function packetJsonSchema(version: PacketSchemaVersion) {
  const v2 = version >= 2;
  const clause = v2
    ? object({ ...clauseFields, blocks: { type: 'array', items: { $ref: '#/definitions/block' } } })
    : object(clauseFields);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://roundtable.invalid/schemas/packet-v${version}.json`,
    title: 'Roundtable recommendation packet',
    description:
      'One published, immutable version of a board’s recommendations. The SHA-256 of its canonical JSON identifies it.',
    ...(v2 ? { definitions: blockDefinitions } : {}),
    ...object(
      {
        schemaVersion: { const: version },
        ...(v2 ? { pageSize: { enum: PACKET_PAGE_SIZES } } : {}),
        board: object({
          id: str,
          name: str,
          slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
          jurisdiction: str,
        }),
        draft: object({ id: str, title: str }),
        version: { type: 'integer', minimum: 1 },
        title: str,
        coverLetter: str,
        recipients: strArray,
        publishedAt: isoDate,
        publishedBy: str,
        members: {
          anyOf: [
            {
              type: 'array',
              items: object({ name: str, role: { enum: ['FACILITATOR', 'MEMBER', 'OBSERVER'] } }),
            },
            { type: 'null' },
          ],
        },
        clauses: { type: 'array', items: clause },
        amendments: {
          type: 'array',
          items: object({
            id: str,
            clauseId: nullableStr,
            clauseNumber: nullableStr,
            title: str,
            proposedText: str,
            rationale: str,
            status: str,
            proposedBy: nullableStr,
            decidedAt: nullableIsoDate,
          }),
        },
        meetings: {
          type: 'array',
          items: object({
            id: str,
            title: str,
            startsAt: nullableIsoDate,
            location: str,
            attendees: strArray,
            absent: strArray,
            agenda: strArray,
            minutes: str,
          }),
        },
        coverage: { anyOf: [coverage, { type: 'null' }] },
        languageFindings: {
          type: 'array',
          items: object(
            {
              clauseId: nullableStr,
              clauseNumber: nullableStr,
              ruleId: str,
              severity: str,
              message: str,
              excerpt: str,
              dismissed: { type: 'boolean' },
              dismissalReason: nullableStr,
              dismissedBy: nullableStr,
              dismissedAt: nullableIsoDate,
            },
            ['dismissedBy', 'dismissedAt'],
          ),
        },
        changeLog: {
          anyOf: [
            object({
              previousVersion: { type: 'integer', minimum: 1 },
              previousSha256: sha256,
              summary: redlineSummary,
              entries: { type: 'array', items: redlineEntry },
            }),
            { type: 'null' },
          ],
        },
        responses: {
          type: 'array',
          items: object({
            version: { type: 'integer', minimum: 1 },
            clauseId: str,
            clauseNumber: str,
            status: { enum: ['ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'REJECTED', 'UNDER_REVIEW'] },
            text: str,
            responderName: str,
            responderRole: str,
            createdAt: isoDate,
          }),
        },
        baselineComparison: object({
          sourceName: str,
          sourceKind: str,
          importedAt: isoDate,
          importedBy: str,
          sha256,
          summary: redlineSummary,
          entries: { type: 'array', items: redlineEntry },
        }),
        dissents: { type: 'array', items: dissent },
        notes: strArray,
      },
      ['baselineComparison', 'dissents'],
    ),
  } as const;
}

/** The schema of packets published today. */
export const PACKET_JSON_SCHEMA = packetJsonSchema(PACKET_SCHEMA_VERSION);
