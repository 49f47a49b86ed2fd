/**
 * The shape of a draft's Y.Doc, agreed by the editor (Tiptap/ProseMirror through y-prosemirror)
 * and the server (which reads and edits the same Yjs types directly).
 *
 *   Y.Doc
 *     XmlFragment "policy"
 *       XmlElement "clause"  attrs: id (uuid), componentIds (space-separated catalogue ids)
 *         XmlElement "clauseHeading"   → XmlText (the clause's heading, inline text only)
 *         XmlElement "paragraph" | "bulletList" | "orderedList" …  (the clause body, one or more blocks)
 */

/**
 * Bump when the document structure changes in a way older editors would corrupt.
 * The collaboration socket refuses clients that announce an older version.
 */
export const EDITOR_VERSION = 1;

/** Query parameter the client adds to the collaboration URL to announce its editor version. */
export const EDITOR_VERSION_PARAM = 'editorVersion';

export const POLICY_FRAGMENT = 'policy';

export const NODE = {
  clause: 'clause',
  clauseHeading: 'clauseHeading',
  paragraph: 'paragraph',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
} as const;

export const CLAUSE_ATTR = {
  id: 'id',
  componentIds: 'componentIds',
} as const;

/**
 * A meeting's collaborative minutes: a second kind of document on the same sync endpoint, at
 * `/collab/minutes.<meetingId>` (drafts stay at `/collab/<draftId>`). Its root fragment holds
 * ordinary Tiptap blocks: `paragraph`, `heading` (attr level), `bulletList`/`orderedList` of
 * `listItem`. When the meeting closes, the server appends the decisions taken in it.
 */
export const MINUTES_FRAGMENT = 'minutes';

/** Room name (y-websocket) of a meeting's minutes: `new WebsocketProvider(url, minutesDocName(id), doc)`. */
export function minutesDocName(meetingId: string): string {
  return `minutes.${meetingId}`;
}

/** Name of the Y.Doc of a draft: one document per draft. */
export function draftDocName(draftId: string): string {
  return `draft.${draftId}`;
}

/**
 * Component ids are stored as one space-separated string attribute: y-prosemirror compares
 * attributes by identity, so an array would look changed on every sync.
 */
export function encodeComponentIds(ids: readonly string[]): string {
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))].join(' ');
}

export function decodeComponentIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string') return [];
  return [...new Set(value.split(/[\s,]+/).filter(Boolean))];
}
