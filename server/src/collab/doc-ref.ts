import { MINUTES_FRAGMENT, minutesDocName, POLICY_FRAGMENT } from '@roundtable/shared';
import { COLLAB } from './collab.constants';

/** The kinds of shared document the sync endpoint serves. */
export type DocKind = 'draft' | 'minutes';

/**
 * Which document a socket or server edit is about. `name` keys it everywhere in the collab
 * pieces (registry, Redis channel): a draft's name is its bare id, as it always was, so existing
 * clients, channels and logs keep working; a meeting's minutes are `minutes.<meetingId>`.
 */
export interface DocRef {
  kind: DocKind;
  /** The draft's or the meeting's id. */
  id: string;
  name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MINUTES_PREFIX = minutesDocName('');

export function draftRef(draftId: string): DocRef {
  return { kind: 'draft', id: draftId, name: draftId };
}

export function minutesRef(meetingId: string): DocRef {
  return { kind: 'minutes', id: meetingId, name: minutesDocName(meetingId) };
}

/** The document a name refers to, or null for anything that is not a known, well-formed name. */
export function refFromName(name: string): DocRef | null {
  if (UUID.test(name)) return draftRef(name.toLowerCase());
  if (name.startsWith(MINUTES_PREFIX)) {
    const id = name.slice(MINUTES_PREFIX.length);
    return UUID.test(id) ? minutesRef(id.toLowerCase()) : null;
  }
  return null;
}

/** The document in `/collab/<name>`, or null when the path is anything else. */
export function refFromPath(pathname: string): DocRef | null {
  if (!pathname.startsWith(COLLAB.pathPrefix)) return null;
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(COLLAB.pathPrefix.length));
  } catch {
    return null;
  }
  return refFromName(name);
}

/** The root XML fragment of each kind of document. */
export function rootFragmentOf(kind: DocKind): string {
  return kind === 'draft' ? POLICY_FRAGMENT : MINUTES_FRAGMENT;
}
