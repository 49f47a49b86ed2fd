/** A person's role on one board. OBSERVER covers officials and the public: they read and never write. */
export enum BoardRole {
  FACILITATOR = 'FACILITATOR',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}

export const BOARD_ROLES: readonly BoardRole[] = [
  BoardRole.FACILITATOR,
  BoardRole.MEMBER,
  BoardRole.OBSERVER,
];

const RANK: Record<BoardRole, number> = {
  [BoardRole.OBSERVER]: 0,
  [BoardRole.MEMBER]: 1,
  [BoardRole.FACILITATOR]: 2,
};

/** True when `role` grants at least what `required` grants. */
export function roleAtLeast(role: BoardRole | null | undefined, required: BoardRole): boolean {
  return role != null && RANK[role] >= RANK[required];
}

/** Whether a role may change the shared text of a draft (observers never write). */
export function canWrite(role: BoardRole | null | undefined): boolean {
  return roleAtLeast(role, BoardRole.MEMBER);
}

export const ROLE_LABELS: Record<BoardRole, string> = {
  [BoardRole.FACILITATOR]: 'Facilitator',
  [BoardRole.MEMBER]: 'Member',
  [BoardRole.OBSERVER]: 'Observer',
};

export const ROLE_DESCRIPTIONS: Record<BoardRole, string> = {
  [BoardRole.FACILITATOR]: 'Runs meetings, invites people, opens and closes votes, publishes packets.',
  [BoardRole.MEMBER]: 'Edits the draft, comments, proposes amendments and votes.',
  [BoardRole.OBSERVER]:
    'Follows the work (officials, staff, the public): reads drafts and packets, never writes.',
};
