/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddAgendaItemInput = {
  amendmentId?: string | number | null | undefined;
  clauseId?: string | number | null | undefined;
  kind: AgendaItemKind;
  meetingId: string | number;
  notes?: string | null | undefined;
  questionId?: string | number | null | undefined;
  timeBoxMinutes?: number | null | undefined;
  /** Defaults to the clause heading, amendment or question prompt. */
  title?: string | null | undefined;
};

export type AddCommentInput = {
  /** Comment on an amendment to the clause. */
  amendmentId?: string | number | null | undefined;
  /** Threads only: the range of the clause it is about. */
  anchor?: CommentAnchorInput | null | undefined;
  body: string;
  clauseId: string | number;
  draftId: string | number;
  /** Members mentioned (user ids). */
  mentions?: Array<string | number> | null | undefined;
  /** Reply to a thread. */
  parentId?: string | number | null | undefined;
};

export type AgendaItemKind =
  /** Discuss an amendment. */
  | 'AMENDMENT'
  /** Discuss a clause. */
  | 'CLAUSE'
  /** Anything else, with a time box. */
  | 'FREE'
  /** Take a vote. */
  | 'QUESTION';

export type AmendmentStatus =
  /** Chosen by a vote; its wording replaces the clause body. */
  | 'ADOPTED'
  /** Proposed: open for support and comment. */
  | 'OPEN'
  /** Not chosen by a vote. */
  | 'REJECTED'
  /** In an open vote; frozen until it closes. */
  | 'VOTING'
  /** Withdrawn by its author. */
  | 'WITHDRAWN';

/** The department's current policy, reviewed, for a draft that has none yet. */
export type AttachBaselineInput = {
  draftId: string | number;
  imported: ImportedPolicyInput;
};

/** What a person may do on a board. */
export type BoardRole =
  /** Runs meetings, invites people, opens and closes votes, publishes packets. */
  | 'FACILITATOR'
  /** Edits drafts, comments, proposes amendments and votes. */
  | 'MEMBER'
  /** Officials and others who follow the work: read only. */
  | 'OBSERVER';

export type CastBallotInput = {
  /** APPROVE/OBJECT/ABSTAIN/BLOCK, or an option id (or ABSTAIN) for choose-one. */
  choice?: string | null | undefined;
  questionId: string | number;
  /** Ranked questions: option ids, most preferred first; empty to abstain. */
  ranking?: Array<string> | null | undefined;
  /** Why; objections and blocks with a reason become dissents. */
  reason?: string | null | undefined;
};

export type ChangeMemberRoleInput = {
  membershipId: string | number;
  role: BoardRole;
};

export type CloseReason = 'DEADLINE' | 'FACILITATOR';

export type CommentAnchorInput = {
  end: string;
  quote: string;
  start: string;
};

/** What decided an item: the clause text, a clause tagged with the component, or a member tick. */
export type CoverageSource = 'TAG' | 'TEXT' | 'TICK';

/** How far the draft meets a toolkit component or checklist item. */
export type CoverageStatus = 'CONTRADICTED' | 'COVERED' | 'MISSING' | 'PARTLY';

export type CreateBoardInput = {
  description?: string | null | undefined;
  jurisdiction: string;
  name: string;
};

export type CreateDraftInput = {
  boardId: string | number;
  /** Required when start is IMPORT. */
  imported?: ImportedPolicyInput | null | undefined;
  start?: DraftStart | null | undefined;
  title: string;
};

export type CreateInvitationInput = {
  boardId: string | number;
  expiresInDays?: number | null | undefined;
  note?: string | null | undefined;
  role: BoardRole;
  /** Also email the link to this address (in its account language, if it has one). */
  sendToEmail?: string | null | undefined;
};

export type CreateMinorityReportInput = {
  body: string;
  /** The clause the report dissents from. */
  clauseId?: string | number | null | undefined;
  draftId: string | number;
  /** The question (vote) the report dissents from. */
  questionId?: string | number | null | undefined;
  title: string;
};

export type CreateQuestionInput = {
  /** AMENDMENTS: the amendments to put to the vote. */
  amendmentIds?: Array<string | number> | null | undefined;
  boardId: string | number;
  clauseId?: string | number | null | undefined;
  /** The server closes the vote at this time. */
  deadline?: string | null | undefined;
  draftId?: string | number | null | undefined;
  kind: QuestionKind;
  /** Show the running tally while open. Not allowed with secret ballots. */
  liveResults?: boolean | null | undefined;
  meetingId?: string | number | null | undefined;
  /** Open at once (default), or prepare it for later. */
  open?: boolean | null | undefined;
  /** Choose-one and ranked questions on a draft or motion: the alternatives. */
  options?: Array<string> | null | undefined;
  prompt: string;
  quorumBase?: QuorumBase | null | undefined;
  quorumCount?: number | null | undefined;
  /** Percentage (0–100) of the quorum base. */
  quorumPercent?: number | null | undefined;
  secret?: boolean | null | undefined;
  subject: QuestionSubject;
  /** Defaults to the first threshold the kind allows. */
  threshold?: Threshold | null | undefined;
};

export type CreateShareLinkInput = {
  expiresInDays?: number;
  label?: string | null | undefined;
  packetVersionId: string | number;
};

export type DismissCheckMarkInput = {
  clauseId: string | number;
  draftId: string | number;
  /** The words the mark points at, as shown. */
  excerpt: string;
  /** Why the mark does not apply; the board and the packet see it. */
  reason: string;
  /** The mark's rule, e.g. 'vague-qualifier'. */
  ruleId: string;
};

/** How a new draft begins. */
export type DraftStart =
  /** No clauses. */
  | 'BLANK'
  /** The department's current policy, split into clauses and kept as the baseline. */
  | 'IMPORT'
  /** One scaffold clause per toolkit component, with [placeholders] to fill. */
  | 'TEMPLATE';

export type EditCommentInput = {
  body: string;
  commentId: string | number;
  mentions?: Array<string | number> | null | undefined;
};

export type HideCommentInput = {
  commentId: string | number;
  reason: string;
};

export type ImportedClauseInput = {
  componentIds: Array<string>;
  heading: string;
  text: string;
};

/** The reviewed split of an imported policy; its text becomes the draft's baseline. */
export type ImportedPolicyInput = {
  clauses: Array<ImportedClauseInput>;
  /** PASTE, TXT or DOCX, as the preview said. */
  sourceKind: string;
  sourceName: string;
  /** The full extracted text from the preview. */
  text: string;
};

export type InvitationStatus = 'ACCEPTED' | 'EXPIRED' | 'PENDING' | 'REVOKED';

/** Email now, in a daily digest, or not at all. */
export type MailMode = 'DAILY' | 'NONE' | 'NOW';

export type MailPreferenceInput = {
  mode: MailMode;
  topic: MailTopic;
};

export type MailStatus = 'BUNDLED' | 'FAILED' | 'HELD' | 'OUTBOX' | 'QUEUED' | 'SENT';

/** What an email is about, for preferences. */
export type MailTopic = 'DISCUSSION' | 'MEETINGS' | 'PACKETS' | 'VOTES';

export type MarkAttendanceInput = {
  meetingId: string | number;
  present: boolean;
  userId: string | number;
};

export type MarkNotificationsReadInput = {
  /** Every notification of the caller. */
  all?: boolean | null | undefined;
  /** These notifications (the caller’s own); omit with all: true. */
  ids?: Array<string | number> | null | undefined;
};

export type MeetingState = 'CLOSED' | 'OPEN' | 'SCHEDULED';

export type MinorityReportRefInput = {
  draftId: string | number;
  reportId: string | number;
};

export type NotificationKind = 'MENTION' | 'REPLY';

/** An official's answer to one recommendation. */
export type OfficialResponseStatus = 'ACCEPTED' | 'ACCEPTED_WITH_CHANGES' | 'REJECTED' | 'UNDER_REVIEW';

export type Outcome = 'BLOCKED' | 'FAILED' | 'NO_MAJORITY' | 'NO_QUORUM' | 'PASSED' | 'TIE';

/** Paper size every paged format of the packet follows (PDF, Word, printed HTML). */
export type PacketPageSize = 'A4' | 'LETTER';

export type PacketRedlineInput = {
  /** Compare with the department's policy as imported when the draft began (instead of fromVersionId); clauses are paired by heading. */
  againstBaseline?: boolean | null | undefined;
  draftId: string | number;
  /** The older side; omitted: the version before `toVersionId` (or the latest version when comparing with the live draft). */
  fromVersionId?: string | number | null | undefined;
  /** The newer side; omitted: the live draft. */
  toVersionId?: string | number | null | undefined;
};

export type PreviewPolicyImportInput = {
  /** The board the draft will belong to. */
  boardId: string | number;
  /** The uploaded file, base64-encoded (at most 1 MB). */
  fileBase64?: string | null | undefined;
  /** Name of the uploaded file (.txt or .docx). */
  fileName?: string | null | undefined;
  /** What to call the source, e.g. "General Order 300 (2023)". */
  sourceName?: string | null | undefined;
  /** Pasted policy text. */
  text?: string | null | undefined;
};

export type ProposeAmendmentInput = {
  clauseId: string | number;
  draftId: string | number;
  /** Why this wording is better. */
  rationale: string;
  /** The proposed clause body, one block per line. */
  text: string;
};

export type PublishPacketInput = {
  coverLetter?: string;
  draftId: string | number;
  /** List the board's members in the packet. */
  includeMembers?: boolean;
  pageSize?: PacketPageSize;
  recipients?: Array<string>;
  title: string;
};

export type QuestionKind =
  /** Approve, object or abstain (plus block in consensus mode). */
  | 'APPROVAL'
  /** Choose one of several alternatives. */
  | 'CHOICE'
  /** Rank alternatives; counted by instant runoff. */
  | 'RANKED';

export type QuestionState = 'CLOSED' | 'DRAFT' | 'OPEN';

export type QuestionSubject = 'AMENDMENTS' | 'CLAUSE' | 'DRAFT' | 'MOTION';

export type QuorumBase = 'ELIGIBLE' | 'PRESENT';

export type RedlineEntryStatus = 'ADDED' | 'CHANGED' | 'MOVED' | 'REMOVED' | 'UNCHANGED';

export type RedlinePartOp = 'delete' | 'equal' | 'insert';

export type RenameDraftInput = {
  draftId: string | number;
  title: string;
};

export type ReopenQuestionInput = {
  deadline?: string | null | undefined;
  questionId: string | number;
};

export type RespondToPacketInput = {
  clauseId: string | number;
  /** The name the responder gives; shown as given through the link, not verified. */
  responderName: string;
  responderRole: string;
  status: OfficialResponseStatus;
  text?: string;
  token: string;
};

export type SaveMinutesInput = {
  /** The minutesVersion you started from; a newer version on the server is a conflict. */
  baseVersion: number;
  meetingId: string | number;
  text: string;
};

export type ScheduleMeetingInput = {
  boardId: string | number;
  /** The draft the meeting works on. */
  draftId?: string | number | null | undefined;
  durationMinutes?: number | null | undefined;
  /** A video-call link. */
  link?: string | null | undefined;
  location?: string | null | undefined;
  quorumCount?: number | null | undefined;
  quorumPercent?: number | null | undefined;
  startsAt: string;
  title: string;
};

export type ShareLinkStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export type SignInInput = {
  email: string;
  password: string;
};

export type SignMinorityReportInput = {
  draftId: string | number;
  reportId: string | number;
  /** True to co-sign, false to take your signature back. */
  signed: boolean;
};

export type SignUpInput = {
  email: string;
  name: string;
  /** At least 12 characters and hard to guess; refusals carry `extensions.reasons` (PASSWORD_TOO_SHORT, PASSWORD_TOO_LONG, PASSWORD_TOO_COMMON, PASSWORD_TOO_GUESSABLE). */
  password: string;
};

export type Threshold =
  /** Nobody blocks, and objections do not outnumber approvals. */
  | 'CONSENSUS'
  /** Most votes wins (choose-one). */
  | 'PLURALITY'
  /** More than half of the votes cast for or against. */
  | 'SIMPLE_MAJORITY'
  /** At least two thirds of the votes cast for or against. */
  | 'TWO_THIRDS';

export type TickChecklistItemInput = {
  /** The clause that handles the item. */
  clauseId: string | number;
  draftId: string | number;
  /** A checklist item id from the toolkit catalogue. */
  itemId: string;
};

export type UndismissCheckMarkInput = {
  dismissalId: string | number;
  draftId: string | number;
};

export type UntickChecklistItemInput = {
  draftId: string | number;
  itemId: string;
};

export type UpdateAgendaItemInput = {
  agendaItemId: string | number;
  notes?: string | null | undefined;
  /** Move it to this 0-based position. */
  position?: number | null | undefined;
  timeBoxMinutes?: number | null | undefined;
  title?: string | null | undefined;
};

export type UpdateBoardInput = {
  boardId: string | number;
  description?: string | null | undefined;
  jurisdiction?: string | null | undefined;
  name?: string | null | undefined;
};

export type UpdateEmailSettingsInput = {
  locale?: string | null | undefined;
  preferences?: Array<MailPreferenceInput> | null | undefined;
};

export type UpdateMinorityReportInput = {
  body: string;
  draftId: string | number;
  reportId: string | number;
  title: string;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = { me: { id: string; name: string; email: string } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = { signIn: { id: string; name: string; email: string } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = { signUp: { id: string; name: string; email: string } };

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: boolean };

export type MyBoardsQueryVariables = Exact<{ [key: string]: never }>;

export type MyBoardsQuery = {
  myBoards: Array<{
    id: string;
    name: string;
    jurisdiction: string;
    description: string;
    memberCount: number;
    myRole: BoardRole;
  }>;
};

export type CreateBoardMutationVariables = Exact<{
  input: CreateBoardInput;
}>;

export type CreateBoardMutation = {
  createBoard: {
    id: string;
    name: string;
    jurisdiction: string;
    description: string;
    memberCount: number;
    myRole: BoardRole;
  };
};

export type UpdateBoardMutationVariables = Exact<{
  input: UpdateBoardInput;
}>;

export type UpdateBoardMutation = {
  updateBoard: { id: string; name: string; jurisdiction: string; description: string };
};

export type BoardQueryVariables = Exact<{
  id: string | number;
}>;

export type BoardQuery = {
  board: {
    id: string;
    name: string;
    jurisdiction: string;
    description: string;
    createdAt: string;
    memberCount: number;
    myRole: BoardRole;
    members: Array<{
      id: string;
      userId: string;
      name: string;
      email: string | null;
      role: BoardRole;
      joinedAt: string;
    }>;
    drafts: Array<{
      id: string;
      boardId: string;
      title: string;
      archived: boolean;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;

export type ChangeMemberRoleMutation = {
  changeMemberRole: {
    id: string;
    userId: string;
    name: string;
    email: string | null;
    role: BoardRole;
    joinedAt: string;
  };
};

export type RemoveMemberMutationVariables = Exact<{
  membershipId: string | number;
}>;

export type RemoveMemberMutation = { removeMember: boolean };

export type LeaveBoardMutationVariables = Exact<{
  boardId: string | number;
}>;

export type LeaveBoardMutation = { leaveBoard: boolean };

export type CheckFindingFieldsFragment = {
  id: string;
  clauseId: string;
  ruleId: string;
  severity: string;
  from: number;
  to: number;
  excerpt: string;
  explanation: string;
  suggestion: string;
  fingerprint: string;
  dismissed: boolean;
  dismissal: { id: string; reason: string; dismissedByName: string | null; createdAt: string } | null;
};

export type DraftCoverageQueryVariables = Exact<{
  id: string | number;
}>;

export type DraftCoverageQuery = {
  draft: {
    id: string;
    title: string;
    archived: boolean;
    board: { id: string; name: string; myRole: BoardRole };
    clauses: Array<{ id: string; position: number; heading: string; componentIds: Array<string> }>;
    coverage: {
      overall: number;
      components: Array<{
        componentId: string;
        title: string;
        status: CoverageStatus;
        score: number;
        items: Array<{
          itemId: string;
          title: string;
          guidance: string;
          status: CoverageStatus;
          source: CoverageSource;
          evidence: Array<{ clauseId: string; clauseHeading: string; sentence: string; reason: string }>;
          tick: { id: string; clauseId: string; tickedByName: string | null } | null;
        }>;
      }>;
    };
  };
};

export type ClauseChecksQueryVariables = Exact<{
  id: string | number;
}>;

export type ClauseChecksQuery = {
  draft: {
    id: string;
    clauses: Array<{
      id: string;
      checks: Array<{
        id: string;
        clauseId: string;
        ruleId: string;
        severity: string;
        from: number;
        to: number;
        excerpt: string;
        explanation: string;
        suggestion: string;
        fingerprint: string;
        dismissed: boolean;
        dismissal: { id: string; reason: string; dismissedByName: string | null; createdAt: string } | null;
      }>;
    }>;
  };
};

export type CheckDismissalsQueryVariables = Exact<{
  id: string | number;
}>;

export type CheckDismissalsQuery = {
  draft: { id: string; checkDismissals: Array<{ id: string; clauseId: string; fingerprint: string }> };
};

export type DismissCheckMarkMutationVariables = Exact<{
  input: DismissCheckMarkInput;
}>;

export type DismissCheckMarkMutation = {
  dismissCheckMark: {
    id: string;
    clauseId: string;
    fingerprint: string;
    reason: string;
    dismissedByName: string | null;
  };
};

export type UndismissCheckMarkMutationVariables = Exact<{
  input: UndismissCheckMarkInput;
}>;

export type UndismissCheckMarkMutation = { undismissCheckMark: boolean };

export type TickChecklistItemMutationVariables = Exact<{
  input: TickChecklistItemInput;
}>;

export type TickChecklistItemMutation = {
  tickChecklistItem: { id: string; itemId: string; clauseId: string };
};

export type UntickChecklistItemMutationVariables = Exact<{
  input: UntickChecklistItemInput;
}>;

export type UntickChecklistItemMutation = { untickChecklistItem: boolean };

export type TallyFieldsFragment = {
  provisional: boolean;
  ballots: number;
  abstentions: number;
  eligible: number;
  quorumBase: number;
  quorumRequired: number;
  quorumMet: boolean;
  outcome: Outcome;
  winner: string | null;
  tied: Array<string>;
  summary: string;
  counts: Array<{ option: string; label: string; count: number }>;
  rounds: Array<{
    exhausted: number;
    eliminated: Array<string>;
    counts: Array<{ option: string; label: string; count: number }>;
  }>;
};

export type QuestionFieldsFragment = {
  id: string;
  boardId: string;
  draftId: string | null;
  clauseId: string | null;
  meetingId: string | null;
  subject: QuestionSubject;
  prompt: string;
  kind: QuestionKind;
  threshold: Threshold;
  secret: boolean;
  liveResults: boolean;
  deadline: string | null;
  state: QuestionState;
  round: number;
  openedAt: string | null;
  closedAt: string | null;
  textHashAtOpen: string | null;
  quorumCount: number | null;
  quorumPercent: number | null;
  quorumBase: QuorumBase;
  ballotCount: number;
  eligibleCount: number;
  options: Array<{ id: string; label: string; amendmentId: string | null }>;
  tally: {
    provisional: boolean;
    ballots: number;
    abstentions: number;
    eligible: number;
    quorumBase: number;
    quorumRequired: number;
    quorumMet: boolean;
    outcome: Outcome;
    winner: string | null;
    tied: Array<string>;
    summary: string;
    counts: Array<{ option: string; label: string; count: number }>;
    rounds: Array<{
      exhausted: number;
      eliminated: Array<string>;
      counts: Array<{ option: string; label: string; count: number }>;
    }>;
  } | null;
  votes: Array<{
    voterId: string;
    voterName: string;
    choice: string | null;
    ranking: Array<string> | null;
    reason: string | null;
  }> | null;
  results: Array<{
    round: number;
    outcome: Outcome;
    winner: string | null;
    textHashAtOpen: string;
    textHashAtClose: string;
    textChanged: boolean;
    closeReason: CloseReason;
    closedAt: string;
    tally: {
      provisional: boolean;
      ballots: number;
      abstentions: number;
      eligible: number;
      quorumBase: number;
      quorumRequired: number;
      quorumMet: boolean;
      outcome: Outcome;
      winner: string | null;
      tied: Array<string>;
      summary: string;
      counts: Array<{ option: string; label: string; count: number }>;
      rounds: Array<{
        exhausted: number;
        eliminated: Array<string>;
        counts: Array<{ option: string; label: string; count: number }>;
      }>;
    };
    dissents: Array<{ choice: string; reason: string; voterName: string | null }>;
  }>;
};

export type MyBallotFieldsFragment = {
  questionId: string;
  round: number;
  choice: string | null;
  ranking: Array<string> | null;
  reason: string | null;
};

export type QuestionsQueryVariables = Exact<{
  boardId: string | number;
  draftId?: string | number | null | undefined;
  clauseId?: string | number | null | undefined;
  meetingId?: string | number | null | undefined;
  take?: number | null | undefined;
}>;

export type QuestionsQuery = {
  questions: Array<{
    canVote: boolean;
    id: string;
    boardId: string;
    draftId: string | null;
    clauseId: string | null;
    meetingId: string | null;
    subject: QuestionSubject;
    prompt: string;
    kind: QuestionKind;
    threshold: Threshold;
    secret: boolean;
    liveResults: boolean;
    deadline: string | null;
    state: QuestionState;
    round: number;
    openedAt: string | null;
    closedAt: string | null;
    textHashAtOpen: string | null;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumBase: QuorumBase;
    ballotCount: number;
    eligibleCount: number;
    myBallot: {
      questionId: string;
      round: number;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    } | null;
    options: Array<{ id: string; label: string; amendmentId: string | null }>;
    tally: {
      provisional: boolean;
      ballots: number;
      abstentions: number;
      eligible: number;
      quorumBase: number;
      quorumRequired: number;
      quorumMet: boolean;
      outcome: Outcome;
      winner: string | null;
      tied: Array<string>;
      summary: string;
      counts: Array<{ option: string; label: string; count: number }>;
      rounds: Array<{
        exhausted: number;
        eliminated: Array<string>;
        counts: Array<{ option: string; label: string; count: number }>;
      }>;
    } | null;
    votes: Array<{
      voterId: string;
      voterName: string;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    }> | null;
    results: Array<{
      round: number;
      outcome: Outcome;
      winner: string | null;
      textHashAtOpen: string;
      textHashAtClose: string;
      textChanged: boolean;
      closeReason: CloseReason;
      closedAt: string;
      tally: {
        provisional: boolean;
        ballots: number;
        abstentions: number;
        eligible: number;
        quorumBase: number;
        quorumRequired: number;
        quorumMet: boolean;
        outcome: Outcome;
        winner: string | null;
        tied: Array<string>;
        summary: string;
        counts: Array<{ option: string; label: string; count: number }>;
        rounds: Array<{
          exhausted: number;
          eliminated: Array<string>;
          counts: Array<{ option: string; label: string; count: number }>;
        }>;
      };
      dissents: Array<{ choice: string; reason: string; voterName: string | null }>;
    }>;
  }>;
};

export type QuestionUpdatedSubscriptionVariables = Exact<{
  boardId: string | number;
}>;

export type QuestionUpdatedSubscription = {
  questionUpdated: {
    canVote: boolean;
    id: string;
    boardId: string;
    draftId: string | null;
    clauseId: string | null;
    meetingId: string | null;
    subject: QuestionSubject;
    prompt: string;
    kind: QuestionKind;
    threshold: Threshold;
    secret: boolean;
    liveResults: boolean;
    deadline: string | null;
    state: QuestionState;
    round: number;
    openedAt: string | null;
    closedAt: string | null;
    textHashAtOpen: string | null;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumBase: QuorumBase;
    ballotCount: number;
    eligibleCount: number;
    options: Array<{ id: string; label: string; amendmentId: string | null }>;
    tally: {
      provisional: boolean;
      ballots: number;
      abstentions: number;
      eligible: number;
      quorumBase: number;
      quorumRequired: number;
      quorumMet: boolean;
      outcome: Outcome;
      winner: string | null;
      tied: Array<string>;
      summary: string;
      counts: Array<{ option: string; label: string; count: number }>;
      rounds: Array<{
        exhausted: number;
        eliminated: Array<string>;
        counts: Array<{ option: string; label: string; count: number }>;
      }>;
    } | null;
    votes: Array<{
      voterId: string;
      voterName: string;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    }> | null;
    results: Array<{
      round: number;
      outcome: Outcome;
      winner: string | null;
      textHashAtOpen: string;
      textHashAtClose: string;
      textChanged: boolean;
      closeReason: CloseReason;
      closedAt: string;
      tally: {
        provisional: boolean;
        ballots: number;
        abstentions: number;
        eligible: number;
        quorumBase: number;
        quorumRequired: number;
        quorumMet: boolean;
        outcome: Outcome;
        winner: string | null;
        tied: Array<string>;
        summary: string;
        counts: Array<{ option: string; label: string; count: number }>;
        rounds: Array<{
          exhausted: number;
          eliminated: Array<string>;
          counts: Array<{ option: string; label: string; count: number }>;
        }>;
      };
      dissents: Array<{ choice: string; reason: string; voterName: string | null }>;
    }>;
  };
};

export type CreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;

export type CreateQuestionMutation = {
  createQuestion: {
    canVote: boolean;
    id: string;
    boardId: string;
    draftId: string | null;
    clauseId: string | null;
    meetingId: string | null;
    subject: QuestionSubject;
    prompt: string;
    kind: QuestionKind;
    threshold: Threshold;
    secret: boolean;
    liveResults: boolean;
    deadline: string | null;
    state: QuestionState;
    round: number;
    openedAt: string | null;
    closedAt: string | null;
    textHashAtOpen: string | null;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumBase: QuorumBase;
    ballotCount: number;
    eligibleCount: number;
    myBallot: {
      questionId: string;
      round: number;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    } | null;
    options: Array<{ id: string; label: string; amendmentId: string | null }>;
    tally: {
      provisional: boolean;
      ballots: number;
      abstentions: number;
      eligible: number;
      quorumBase: number;
      quorumRequired: number;
      quorumMet: boolean;
      outcome: Outcome;
      winner: string | null;
      tied: Array<string>;
      summary: string;
      counts: Array<{ option: string; label: string; count: number }>;
      rounds: Array<{
        exhausted: number;
        eliminated: Array<string>;
        counts: Array<{ option: string; label: string; count: number }>;
      }>;
    } | null;
    votes: Array<{
      voterId: string;
      voterName: string;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    }> | null;
    results: Array<{
      round: number;
      outcome: Outcome;
      winner: string | null;
      textHashAtOpen: string;
      textHashAtClose: string;
      textChanged: boolean;
      closeReason: CloseReason;
      closedAt: string;
      tally: {
        provisional: boolean;
        ballots: number;
        abstentions: number;
        eligible: number;
        quorumBase: number;
        quorumRequired: number;
        quorumMet: boolean;
        outcome: Outcome;
        winner: string | null;
        tied: Array<string>;
        summary: string;
        counts: Array<{ option: string; label: string; count: number }>;
        rounds: Array<{
          exhausted: number;
          eliminated: Array<string>;
          counts: Array<{ option: string; label: string; count: number }>;
        }>;
      };
      dissents: Array<{ choice: string; reason: string; voterName: string | null }>;
    }>;
  };
};

export type OpenQuestionMutationVariables = Exact<{
  questionId: string | number;
}>;

export type OpenQuestionMutation = {
  openQuestion: {
    canVote: boolean;
    id: string;
    boardId: string;
    draftId: string | null;
    clauseId: string | null;
    meetingId: string | null;
    subject: QuestionSubject;
    prompt: string;
    kind: QuestionKind;
    threshold: Threshold;
    secret: boolean;
    liveResults: boolean;
    deadline: string | null;
    state: QuestionState;
    round: number;
    openedAt: string | null;
    closedAt: string | null;
    textHashAtOpen: string | null;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumBase: QuorumBase;
    ballotCount: number;
    eligibleCount: number;
    options: Array<{ id: string; label: string; amendmentId: string | null }>;
    tally: {
      provisional: boolean;
      ballots: number;
      abstentions: number;
      eligible: number;
      quorumBase: number;
      quorumRequired: number;
      quorumMet: boolean;
      outcome: Outcome;
      winner: string | null;
      tied: Array<string>;
      summary: string;
      counts: Array<{ option: string; label: string; count: number }>;
      rounds: Array<{
        exhausted: number;
        eliminated: Array<string>;
        counts: Array<{ option: string; label: string; count: number }>;
      }>;
    } | null;
    votes: Array<{
      voterId: string;
      voterName: string;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    }> | null;
    results: Array<{
      round: number;
      outcome: Outcome;
      winner: string | null;
      textHashAtOpen: string;
      textHashAtClose: string;
      textChanged: boolean;
      closeReason: CloseReason;
      closedAt: string;
      tally: {
        provisional: boolean;
        ballots: number;
        abstentions: number;
        eligible: number;
        quorumBase: number;
        quorumRequired: number;
        quorumMet: boolean;
        outcome: Outcome;
        winner: string | null;
        tied: Array<string>;
        summary: string;
        counts: Array<{ option: string; label: string; count: number }>;
        rounds: Array<{
          exhausted: number;
          eliminated: Array<string>;
          counts: Array<{ option: string; label: string; count: number }>;
        }>;
      };
      dissents: Array<{ choice: string; reason: string; voterName: string | null }>;
    }>;
  };
};

export type CloseQuestionMutationVariables = Exact<{
  questionId: string | number;
}>;

export type CloseQuestionMutation = {
  closeQuestion: {
    canVote: boolean;
    id: string;
    boardId: string;
    draftId: string | null;
    clauseId: string | null;
    meetingId: string | null;
    subject: QuestionSubject;
    prompt: string;
    kind: QuestionKind;
    threshold: Threshold;
    secret: boolean;
    liveResults: boolean;
    deadline: string | null;
    state: QuestionState;
    round: number;
    openedAt: string | null;
    closedAt: string | null;
    textHashAtOpen: string | null;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumBase: QuorumBase;
    ballotCount: number;
    eligibleCount: number;
    options: Array<{ id: string; label: string; amendmentId: string | null }>;
    tally: {
      provisional: boolean;
      ballots: number;
      abstentions: number;
      eligible: number;
      quorumBase: number;
      quorumRequired: number;
      quorumMet: boolean;
      outcome: Outcome;
      winner: string | null;
      tied: Array<string>;
      summary: string;
      counts: Array<{ option: string; label: string; count: number }>;
      rounds: Array<{
        exhausted: number;
        eliminated: Array<string>;
        counts: Array<{ option: string; label: string; count: number }>;
      }>;
    } | null;
    votes: Array<{
      voterId: string;
      voterName: string;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    }> | null;
    results: Array<{
      round: number;
      outcome: Outcome;
      winner: string | null;
      textHashAtOpen: string;
      textHashAtClose: string;
      textChanged: boolean;
      closeReason: CloseReason;
      closedAt: string;
      tally: {
        provisional: boolean;
        ballots: number;
        abstentions: number;
        eligible: number;
        quorumBase: number;
        quorumRequired: number;
        quorumMet: boolean;
        outcome: Outcome;
        winner: string | null;
        tied: Array<string>;
        summary: string;
        counts: Array<{ option: string; label: string; count: number }>;
        rounds: Array<{
          exhausted: number;
          eliminated: Array<string>;
          counts: Array<{ option: string; label: string; count: number }>;
        }>;
      };
      dissents: Array<{ choice: string; reason: string; voterName: string | null }>;
    }>;
  };
};

export type ReopenQuestionMutationVariables = Exact<{
  input: ReopenQuestionInput;
}>;

export type ReopenQuestionMutation = {
  reopenQuestion: {
    canVote: boolean;
    id: string;
    boardId: string;
    draftId: string | null;
    clauseId: string | null;
    meetingId: string | null;
    subject: QuestionSubject;
    prompt: string;
    kind: QuestionKind;
    threshold: Threshold;
    secret: boolean;
    liveResults: boolean;
    deadline: string | null;
    state: QuestionState;
    round: number;
    openedAt: string | null;
    closedAt: string | null;
    textHashAtOpen: string | null;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumBase: QuorumBase;
    ballotCount: number;
    eligibleCount: number;
    myBallot: {
      questionId: string;
      round: number;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    } | null;
    options: Array<{ id: string; label: string; amendmentId: string | null }>;
    tally: {
      provisional: boolean;
      ballots: number;
      abstentions: number;
      eligible: number;
      quorumBase: number;
      quorumRequired: number;
      quorumMet: boolean;
      outcome: Outcome;
      winner: string | null;
      tied: Array<string>;
      summary: string;
      counts: Array<{ option: string; label: string; count: number }>;
      rounds: Array<{
        exhausted: number;
        eliminated: Array<string>;
        counts: Array<{ option: string; label: string; count: number }>;
      }>;
    } | null;
    votes: Array<{
      voterId: string;
      voterName: string;
      choice: string | null;
      ranking: Array<string> | null;
      reason: string | null;
    }> | null;
    results: Array<{
      round: number;
      outcome: Outcome;
      winner: string | null;
      textHashAtOpen: string;
      textHashAtClose: string;
      textChanged: boolean;
      closeReason: CloseReason;
      closedAt: string;
      tally: {
        provisional: boolean;
        ballots: number;
        abstentions: number;
        eligible: number;
        quorumBase: number;
        quorumRequired: number;
        quorumMet: boolean;
        outcome: Outcome;
        winner: string | null;
        tied: Array<string>;
        summary: string;
        counts: Array<{ option: string; label: string; count: number }>;
        rounds: Array<{
          exhausted: number;
          eliminated: Array<string>;
          counts: Array<{ option: string; label: string; count: number }>;
        }>;
      };
      dissents: Array<{ choice: string; reason: string; voterName: string | null }>;
    }>;
  };
};

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;

export type CastBallotMutation = {
  castBallot: {
    questionId: string;
    round: number;
    choice: string | null;
    ranking: Array<string> | null;
    reason: string | null;
  };
};

export type DiscussDraftQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussDraftQuery = {
  draft: {
    id: string;
    title: string;
    archived: boolean;
    board: {
      id: string;
      name: string;
      myRole: BoardRole;
      members: Array<{ id: string; userId: string; name: string; role: BoardRole }>;
    };
    clauses: Array<{ id: string; position: number; heading: string; text: string; textHash: string }>;
  };
};

export type CommentFieldsFragment = {
  id: string;
  draftId: string;
  clauseId: string;
  amendmentId: string | null;
  parentId: string | null;
  authorId: string | null;
  authorName: string;
  body: string | null;
  editedAt: string | null;
  resolvedAt: string | null;
  resolvedByName: string | null;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  createdAt: string;
  anchor: { start: string; end: string; quote: string } | null;
  mentions: Array<{ userId: string; name: string }>;
};

export type CommentsQueryVariables = Exact<{
  draftId: string | number;
  clauseId?: string | number | null | undefined;
}>;

export type CommentsQuery = {
  comments: Array<{
    id: string;
    draftId: string;
    clauseId: string;
    amendmentId: string | null;
    parentId: string | null;
    authorId: string | null;
    authorName: string;
    body: string | null;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: string;
    anchor: { start: string; end: string; quote: string } | null;
    mentions: Array<{ userId: string; name: string }>;
  }>;
};

export type CommentUpdatedSubscriptionVariables = Exact<{
  draftId: string | number;
}>;

export type CommentUpdatedSubscription = {
  commentUpdated: {
    id: string;
    draftId: string;
    clauseId: string;
    amendmentId: string | null;
    parentId: string | null;
    authorId: string | null;
    authorName: string;
    body: string | null;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: string;
    anchor: { start: string; end: string; quote: string } | null;
    mentions: Array<{ userId: string; name: string }>;
  };
};

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type AddCommentMutation = {
  addComment: {
    id: string;
    draftId: string;
    clauseId: string;
    amendmentId: string | null;
    parentId: string | null;
    authorId: string | null;
    authorName: string;
    body: string | null;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: string;
    anchor: { start: string; end: string; quote: string } | null;
    mentions: Array<{ userId: string; name: string }>;
  };
};

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;

export type EditCommentMutation = {
  editComment: {
    id: string;
    draftId: string;
    clauseId: string;
    amendmentId: string | null;
    parentId: string | null;
    authorId: string | null;
    authorName: string;
    body: string | null;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: string;
    anchor: { start: string; end: string; quote: string } | null;
    mentions: Array<{ userId: string; name: string }>;
  };
};

export type DeleteCommentMutationVariables = Exact<{
  commentId: string | number;
}>;

export type DeleteCommentMutation = {
  deleteComment: {
    id: string;
    draftId: string;
    clauseId: string;
    amendmentId: string | null;
    parentId: string | null;
    authorId: string | null;
    authorName: string;
    body: string | null;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: string;
    anchor: { start: string; end: string; quote: string } | null;
    mentions: Array<{ userId: string; name: string }>;
  };
};

export type ResolveThreadMutationVariables = Exact<{
  commentId: string | number;
  resolved: boolean;
}>;

export type ResolveThreadMutation = {
  resolveThread: {
    id: string;
    draftId: string;
    clauseId: string;
    amendmentId: string | null;
    parentId: string | null;
    authorId: string | null;
    authorName: string;
    body: string | null;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: string;
    anchor: { start: string; end: string; quote: string } | null;
    mentions: Array<{ userId: string; name: string }>;
  };
};

export type HideCommentMutationVariables = Exact<{
  input: HideCommentInput;
}>;

export type HideCommentMutation = {
  hideComment: {
    id: string;
    draftId: string;
    clauseId: string;
    amendmentId: string | null;
    parentId: string | null;
    authorId: string | null;
    authorName: string;
    body: string | null;
    editedAt: string | null;
    resolvedAt: string | null;
    resolvedByName: string | null;
    deleted: boolean;
    hidden: boolean;
    hiddenReason: string | null;
    createdAt: string;
    anchor: { start: string; end: string; quote: string } | null;
    mentions: Array<{ userId: string; name: string }>;
  };
};

export type AmendmentFieldsFragment = {
  id: string;
  draftId: string;
  clauseId: string;
  number: number;
  authorId: string | null;
  authorName: string;
  text: string;
  rationale: string;
  baseText: string;
  status: AmendmentStatus;
  questionId: string | null;
  decidedAt: string | null;
  appliedAt: string | null;
  supportCount: number;
  supporters: Array<string>;
  supporterIds: Array<string>;
  commentCount: number;
  createdAt: string;
};

export type AmendmentsQueryVariables = Exact<{
  draftId: string | number;
  clauseId?: string | number | null | undefined;
}>;

export type AmendmentsQuery = {
  amendments: Array<{
    id: string;
    draftId: string;
    clauseId: string;
    number: number;
    authorId: string | null;
    authorName: string;
    text: string;
    rationale: string;
    baseText: string;
    status: AmendmentStatus;
    questionId: string | null;
    decidedAt: string | null;
    appliedAt: string | null;
    supportCount: number;
    supporters: Array<string>;
    supporterIds: Array<string>;
    commentCount: number;
    createdAt: string;
  }>;
};

export type AmendmentUpdatedSubscriptionVariables = Exact<{
  draftId: string | number;
}>;

export type AmendmentUpdatedSubscription = {
  amendmentUpdated: {
    id: string;
    draftId: string;
    clauseId: string;
    number: number;
    authorId: string | null;
    authorName: string;
    text: string;
    rationale: string;
    baseText: string;
    status: AmendmentStatus;
    questionId: string | null;
    decidedAt: string | null;
    appliedAt: string | null;
    supportCount: number;
    supporters: Array<string>;
    supporterIds: Array<string>;
    commentCount: number;
    createdAt: string;
  };
};

export type ProposeAmendmentMutationVariables = Exact<{
  input: ProposeAmendmentInput;
}>;

export type ProposeAmendmentMutation = {
  proposeAmendment: {
    id: string;
    draftId: string;
    clauseId: string;
    number: number;
    authorId: string | null;
    authorName: string;
    text: string;
    rationale: string;
    baseText: string;
    status: AmendmentStatus;
    questionId: string | null;
    decidedAt: string | null;
    appliedAt: string | null;
    supportCount: number;
    supporters: Array<string>;
    supporterIds: Array<string>;
    commentCount: number;
    createdAt: string;
  };
};

export type SupportAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
  support: boolean;
}>;

export type SupportAmendmentMutation = {
  supportAmendment: {
    id: string;
    draftId: string;
    clauseId: string;
    number: number;
    authorId: string | null;
    authorName: string;
    text: string;
    rationale: string;
    baseText: string;
    status: AmendmentStatus;
    questionId: string | null;
    decidedAt: string | null;
    appliedAt: string | null;
    supportCount: number;
    supporters: Array<string>;
    supporterIds: Array<string>;
    commentCount: number;
    createdAt: string;
  };
};

export type WithdrawAmendmentMutationVariables = Exact<{
  amendmentId: string | number;
}>;

export type WithdrawAmendmentMutation = {
  withdrawAmendment: {
    id: string;
    draftId: string;
    clauseId: string;
    number: number;
    authorId: string | null;
    authorName: string;
    text: string;
    rationale: string;
    baseText: string;
    status: AmendmentStatus;
    questionId: string | null;
    decidedAt: string | null;
    appliedAt: string | null;
    supportCount: number;
    supporters: Array<string>;
    supporterIds: Array<string>;
    commentCount: number;
    createdAt: string;
  };
};

export type BoardActivityQueryVariables = Exact<{
  boardId: string | number;
  beforeSeq?: number | null | undefined;
}>;

export type BoardActivityQuery = {
  board: { id: string; name: string; myRole: BoardRole };
  boardActivity: Array<{
    id: string;
    seq: number;
    actorName: string | null;
    action: string;
    targetType: string;
    targetId: string | null;
    label: string | null;
    createdAt: string;
  }>;
};

export type ActivityAddedSubscriptionVariables = Exact<{
  boardId: string | number;
}>;

export type ActivityAddedSubscription = {
  activityAdded: {
    id: string;
    seq: number;
    actorName: string | null;
    action: string;
    targetType: string;
    targetId: string | null;
    label: string | null;
    createdAt: string;
  };
};

export type AuditLogQueryVariables = Exact<{
  boardId: string | number;
  beforeSeq?: number | null | undefined;
}>;

export type AuditLogQuery = {
  auditLog: Array<{
    id: string;
    seq: number;
    actorName: string | null;
    action: string;
    targetType: string;
    targetId: string | null;
    data: string;
    createdAt: string;
  }>;
};

export type DraftQueryVariables = Exact<{
  id: string | number;
}>;

export type DraftQuery = {
  draft: {
    id: string;
    boardId: string;
    title: string;
    archived: boolean;
    startingPoint: DraftStart;
    createdAt: string;
    updatedAt: string;
    baseline: {
      id: string;
      sourceName: string;
      sourceKind: string;
      sha256: string;
      createdByName: string;
      createdAt: string;
    } | null;
    board: { id: string; name: string; jurisdiction: string; myRole: BoardRole };
  };
};

export type CreateDraftMutationVariables = Exact<{
  input: CreateDraftInput;
}>;

export type CreateDraftMutation = {
  createDraft: {
    id: string;
    boardId: string;
    title: string;
    startingPoint: DraftStart;
    archived: boolean;
    createdAt: string;
    updatedAt: string;
  };
};

export type RenameDraftMutationVariables = Exact<{
  input: RenameDraftInput;
}>;

export type RenameDraftMutation = { renameDraft: { id: string; title: string; updatedAt: string } };

export type ArchiveDraftMutationVariables = Exact<{
  draftId: string | number;
}>;

export type ArchiveDraftMutation = { archiveDraft: { id: string; archived: boolean; updatedAt: string } };

export type RestoreDraftMutationVariables = Exact<{
  draftId: string | number;
}>;

export type RestoreDraftMutation = { restoreDraft: { id: string; archived: boolean; updatedAt: string } };

export type PreviewPolicyImportMutationVariables = Exact<{
  input: PreviewPolicyImportInput;
}>;

export type PreviewPolicyImportMutation = {
  previewPolicyImport: {
    sourceName: string;
    sourceKind: string;
    text: string;
    sha256: string;
    clauses: Array<{ heading: string; text: string; suggestedComponentIds: Array<string> }>;
  };
};

export type AttachBaselineMutationVariables = Exact<{
  input: AttachBaselineInput;
}>;

export type AttachBaselineMutation = {
  attachBaseline: {
    id: string;
    draftId: string;
    sourceName: string;
    sourceKind: string;
    sha256: string;
    createdByName: string;
    createdAt: string;
  };
};

export type BoardInvitationsQueryVariables = Exact<{
  boardId: string | number;
}>;

export type BoardInvitationsQuery = {
  board: {
    id: string;
    invitations: Array<{
      id: string;
      role: BoardRole;
      status: InvitationStatus;
      note: string | null;
      createdAt: string;
      expiresAt: string;
      createdByName: string;
      acceptedByName: string | null;
    }>;
  };
};

export type CreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;

export type CreateInvitationMutation = {
  createInvitation: {
    url: string;
    invitation: {
      id: string;
      role: BoardRole;
      status: InvitationStatus;
      note: string | null;
      createdAt: string;
      expiresAt: string;
      createdByName: string;
      acceptedByName: string | null;
    };
  };
};

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: string | number;
}>;

export type RevokeInvitationMutation = { revokeInvitation: { id: string; status: InvitationStatus } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;

export type InvitationPreviewQuery = {
  invitation: {
    boardName: string;
    jurisdiction: string;
    role: BoardRole;
    status: InvitationStatus;
    expiresAt: string;
    invitedByName: string;
    memberCount: number;
  };
};

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
}>;

export type AcceptInvitationMutation = { acceptInvitation: { id: string; name: string; myRole: BoardRole } };

export type MyEmailSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type MyEmailSettingsQuery = {
  myEmailSettings: { locale: string; preferences: Array<{ topic: MailTopic; mode: MailMode }> };
};

export type UpdateMyEmailSettingsMutationVariables = Exact<{
  input: UpdateEmailSettingsInput;
}>;

export type UpdateMyEmailSettingsMutation = {
  updateMyEmailSettings: { locale: string; preferences: Array<{ topic: MailTopic; mode: MailMode }> };
};

export type BoardOutboxQueryVariables = Exact<{
  boardId: string | number;
}>;

export type BoardOutboxQuery = {
  boardOutbox: {
    smtpConfigured: boolean;
    messages: Array<{
      id: string;
      kind: string;
      toAddress: string;
      subject: string;
      text: string;
      status: MailStatus;
      attempts: number;
      lastError: string | null;
      createdAt: string;
    }>;
  };
};

export type MeetingFieldsFragment = {
  id: string;
  boardId: string;
  draftId: string | null;
  title: string;
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  link: string | null;
  state: MeetingState;
  openedAt: string | null;
  closedAt: string | null;
  currentItemId: string | null;
  presentCount: number;
  eligibleCount: number;
  quorumCount: number | null;
  quorumPercent: number | null;
  quorumRequired: number;
  quorumMet: boolean;
  minutes: string;
  minutesVersion: number;
  decisions: string | null;
  agenda: Array<{
    id: string;
    position: number;
    kind: AgendaItemKind;
    title: string;
    notes: string;
    clauseId: string | null;
    amendmentId: string | null;
    questionId: string | null;
    timeBoxMinutes: number | null;
    startedAt: string | null;
    endedAt: string | null;
  }>;
  attendance: Array<{
    userId: string;
    name: string;
    role: BoardRole | null;
    checkedInAt: string;
    markedByName: string | null;
  }>;
};

export type MeetingsQueryVariables = Exact<{
  boardId: string | number;
}>;

export type MeetingsQuery = {
  board: { id: string; name: string; myRole: BoardRole; drafts: Array<{ id: string; title: string }> };
  meetings: Array<{
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  }>;
};

export type MeetingRoomQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingRoomQuery = {
  meeting: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type MeetingBoardQueryVariables = Exact<{
  boardId: string | number;
}>;

export type MeetingBoardQuery = {
  board: {
    id: string;
    name: string;
    myRole: BoardRole;
    members: Array<{ id: string; userId: string; name: string; role: BoardRole }>;
  };
};

export type MeetingUpdatedSubscriptionVariables = Exact<{
  meetingId: string | number;
}>;

export type MeetingUpdatedSubscription = {
  meetingUpdated: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;

export type ScheduleMeetingMutation = {
  scheduleMeeting: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;

export type AddAgendaItemMutation = {
  addAgendaItem: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type UpdateAgendaItemMutationVariables = Exact<{
  input: UpdateAgendaItemInput;
}>;

export type UpdateAgendaItemMutation = {
  updateAgendaItem: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type RemoveAgendaItemMutationVariables = Exact<{
  agendaItemId: string | number;
}>;

export type RemoveAgendaItemMutation = {
  removeAgendaItem: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type OpenMeetingMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type OpenMeetingMutation = {
  openMeeting: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type CloseMeetingMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type CloseMeetingMutation = {
  closeMeeting: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type SetCurrentAgendaItemMutationVariables = Exact<{
  meetingId: string | number;
  agendaItemId?: string | number | null | undefined;
}>;

export type SetCurrentAgendaItemMutation = {
  setCurrentAgendaItem: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type CheckInMutationVariables = Exact<{
  meetingId: string | number;
  present: boolean;
}>;

export type CheckInMutation = {
  checkIn: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type MarkAttendanceMutationVariables = Exact<{
  input: MarkAttendanceInput;
}>;

export type MarkAttendanceMutation = {
  markAttendance: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type SaveMinutesMutationVariables = Exact<{
  input: SaveMinutesInput;
}>;

export type SaveMinutesMutation = {
  saveMinutes: {
    id: string;
    boardId: string;
    draftId: string | null;
    title: string;
    startsAt: string;
    durationMinutes: number;
    location: string | null;
    link: string | null;
    state: MeetingState;
    openedAt: string | null;
    closedAt: string | null;
    currentItemId: string | null;
    presentCount: number;
    eligibleCount: number;
    quorumCount: number | null;
    quorumPercent: number | null;
    quorumRequired: number;
    quorumMet: boolean;
    minutes: string;
    minutesVersion: number;
    decisions: string | null;
    agenda: Array<{
      id: string;
      position: number;
      kind: AgendaItemKind;
      title: string;
      notes: string;
      clauseId: string | null;
      amendmentId: string | null;
      questionId: string | null;
      timeBoxMinutes: number | null;
      startedAt: string | null;
      endedAt: string | null;
    }>;
    attendance: Array<{
      userId: string;
      name: string;
      role: BoardRole | null;
      checkedInAt: string;
      markedByName: string | null;
    }>;
  };
};

export type MinorityReportsQueryVariables = Exact<{
  draftId: string | number;
  clauseId?: string | number | null | undefined;
}>;

export type MinorityReportsQuery = {
  minorityReports: Array<{
    id: string;
    draftId: string;
    clauseId: string | null;
    questionId: string | null;
    title: string;
    body: string;
    authorId: string | null;
    authorName: string | null;
    locked: boolean;
    createdAt: string;
    updatedAt: string;
    signatories: Array<{ userId: string; name: string; signedAt: string }>;
  }>;
};

export type CreateMinorityReportMutationVariables = Exact<{
  input: CreateMinorityReportInput;
}>;

export type CreateMinorityReportMutation = { createMinorityReport: { id: string } };

export type UpdateMinorityReportMutationVariables = Exact<{
  input: UpdateMinorityReportInput;
}>;

export type UpdateMinorityReportMutation = {
  updateMinorityReport: { id: string; title: string; body: string; updatedAt: string };
};

export type WithdrawMinorityReportMutationVariables = Exact<{
  input: MinorityReportRefInput;
}>;

export type WithdrawMinorityReportMutation = { withdrawMinorityReport: boolean };

export type SignMinorityReportMutationVariables = Exact<{
  input: SignMinorityReportInput;
}>;

export type SignMinorityReportMutation = {
  signMinorityReport: { id: string; signatories: Array<{ userId: string; name: string; signedAt: string }> };
};

export type ClauseQuestionsForReportQueryVariables = Exact<{
  boardId: string | number;
  draftId: string | number;
  clauseId: string | number;
}>;

export type ClauseQuestionsForReportQuery = { questions: Array<{ id: string; prompt: string }> };

export type MinorityReportsChangedSubscriptionVariables = Exact<{
  draftId: string | number;
}>;

export type MinorityReportsChangedSubscription = {
  minorityReportsChanged: { draftId: string; clauseId: string | null; reportId: string; withdrawn: boolean };
};

export type NotificationFeedFieldsFragment = {
  unreadCount: number;
  items: Array<{
    id: string;
    kind: NotificationKind;
    boardId: string;
    boardName: string;
    draftId: string;
    clauseId: string;
    commentId: string;
    actorName: string;
    excerpt: string | null;
    createdAt: string;
    read: boolean;
  }>;
};

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type MyNotificationsQuery = {
  myNotifications: {
    unreadCount: number;
    items: Array<{
      id: string;
      kind: NotificationKind;
      boardId: string;
      boardName: string;
      draftId: string;
      clauseId: string;
      commentId: string;
      actorName: string;
      excerpt: string | null;
      createdAt: string;
      read: boolean;
    }>;
  };
};

export type MyNotificationsChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type MyNotificationsChangedSubscription = {
  myNotificationsChanged: {
    unreadCount: number;
    items: Array<{
      id: string;
      kind: NotificationKind;
      boardId: string;
      boardName: string;
      draftId: string;
      clauseId: string;
      commentId: string;
      actorName: string;
      excerpt: string | null;
      createdAt: string;
      read: boolean;
    }>;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type PacketPageQueryVariables = Exact<{
  draftId: string | number;
}>;

export type PacketPageQuery = {
  draft: {
    id: string;
    title: string;
    archived: boolean;
    board: { id: string; name: string; myRole: BoardRole };
    baseline: { id: string; sourceName: string } | null;
  };
  packetVersions: Array<{
    id: string;
    version: number;
    title: string;
    sha256: string;
    publishedAt: string;
    publishedByName: string;
    clauseCount: number;
    files: Array<{ format: string; label: string; fileName: string; url: string }>;
  }>;
};

export type PacketVersionDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type PacketVersionDetailQuery = {
  packetVersion: {
    id: string;
    version: number;
    json: string;
    sha256: string;
    responses: Array<{
      id: string;
      clauseId: string;
      clauseNumber: string;
      status: OfficialResponseStatus;
      text: string;
      responderName: string;
      responderRole: string;
      shareLinkLabel: string | null;
      createdAt: string;
    }>;
  };
};

export type PacketShareLinksQueryVariables = Exact<{
  id: string | number;
}>;

export type PacketShareLinksQuery = {
  packetVersion: {
    id: string;
    shareLinks: Array<{
      id: string;
      label: string | null;
      status: ShareLinkStatus;
      createdAt: string;
      expiresAt: string;
      revokedAt: string | null;
      createdByName: string;
      accessCount: number;
      recentAccesses: Array<{ kind: string; at: string }>;
    }>;
  };
};

export type PacketPreviewQueryVariables = Exact<{
  input: PublishPacketInput;
}>;

export type PacketPreviewQuery = { packetPreview: { version: number; json: string; sha256: string } };

export type PublishPacketMutationVariables = Exact<{
  input: PublishPacketInput;
}>;

export type PublishPacketMutation = { publishPacket: { id: string; version: number; sha256: string } };

export type PacketRedlineQueryVariables = Exact<{
  input: PacketRedlineInput;
}>;

export type PacketRedlineQuery = {
  packetRedline: {
    fromLabel: string;
    toLabel: string;
    summary: { added: number; removed: number; moved: number; changed: number; unchanged: number };
    entries: Array<{
      clauseId: string;
      status: RedlineEntryStatus;
      moved: boolean;
      before: { number: string; heading: string } | null;
      after: { number: string; heading: string } | null;
      heading: Array<{ op: RedlinePartOp; text: string }>;
      text: Array<{ op: RedlinePartOp; text: string }>;
    }>;
  };
};

export type CreateShareLinkMutationVariables = Exact<{
  input: CreateShareLinkInput;
}>;

export type CreateShareLinkMutation = {
  createShareLink: { url: string; link: { id: string; status: ShareLinkStatus } };
};

export type RevokeShareLinkMutationVariables = Exact<{
  shareLinkId: string | number;
}>;

export type RevokeShareLinkMutation = {
  revokeShareLink: { id: string; status: ShareLinkStatus; revokedAt: string | null };
};

export type SharedPacketQueryVariables = Exact<{
  token: string;
}>;

export type SharedPacketQuery = {
  sharedPacket: {
    packetVersionId: string;
    version: number;
    title: string;
    boardName: string;
    sha256: string;
    json: string;
    expiresAt: string;
    files: Array<{ format: string; label: string; fileName: string; url: string }>;
    responses: Array<{
      id: string;
      clauseId: string;
      clauseNumber: string;
      status: OfficialResponseStatus;
      text: string;
      responderName: string;
      responderRole: string;
      createdAt: string;
    }>;
  };
};

export type RespondToPacketMutationVariables = Exact<{
  input: RespondToPacketInput;
}>;

export type RespondToPacketMutation = {
  respondToPacket: {
    id: string;
    clauseId: string;
    clauseNumber: string;
    status: OfficialResponseStatus;
    text: string;
    responderName: string;
    responderRole: string;
    createdAt: string;
  };
};

export const CheckFindingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CheckFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fingerprint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dismissed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dismissal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dismissedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckFindingFieldsFragment, unknown>;
export const TallyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TallyFieldsFragment, unknown>;
export const QuestionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveResults' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballotCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dissents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionFieldsFragment, unknown>;
export const MyBallotFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyBallotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MyBallot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyBallotFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const AmendmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporterIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const NotificationFeedFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFeedFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationFeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFeedFieldsFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignUpInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOut' } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const MyBoardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyBoards' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myBoards' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jurisdiction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyBoardsQuery, MyBoardsQueryVariables>;
export const CreateBoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateBoardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jurisdiction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateBoardMutation, CreateBoardMutationVariables>;
export const UpdateBoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateBoardInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jurisdiction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBoardMutation, UpdateBoardMutationVariables>;
export const BoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Board' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jurisdiction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'drafts' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'includeArchived' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const ChangeMemberRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMemberRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChangeMemberRoleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMemberRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'joinedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'membershipId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'membershipId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'membershipId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const LeaveBoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LeaveBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leaveBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LeaveBoardMutation, LeaveBoardMutationVariables>;
export const DraftCoverageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DraftCoverage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'board' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'componentIds' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coverage' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'overall' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'components' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'componentId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'items' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'itemId' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'guidance' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'evidence' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'clauseHeading' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'sentence' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'tick' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'tickedByName' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftCoverageQuery, DraftCoverageQueryVariables>;
export const ClauseChecksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClauseChecks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'checks' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CheckFindingFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CheckFindingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckFinding' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suggestion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fingerprint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dismissed' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dismissal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dismissedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClauseChecksQuery, ClauseChecksQueryVariables>;
export const CheckDismissalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckDismissals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'checkDismissals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fingerprint' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckDismissalsQuery, CheckDismissalsQueryVariables>;
export const DismissCheckMarkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DismissCheckMark' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DismissCheckMarkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dismissCheckMark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fingerprint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dismissedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DismissCheckMarkMutation, DismissCheckMarkMutationVariables>;
export const UndismissCheckMarkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UndismissCheckMark' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UndismissCheckMarkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'undismissCheckMark' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UndismissCheckMarkMutation, UndismissCheckMarkMutationVariables>;
export const TickChecklistItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TickChecklistItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TickChecklistItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tickChecklistItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'itemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TickChecklistItemMutation, TickChecklistItemMutationVariables>;
export const UntickChecklistItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UntickChecklistItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UntickChecklistItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'untickChecklistItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UntickChecklistItemMutation, UntickChecklistItemMutationVariables>;
export const QuestionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Questions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clauseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'take' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myBallot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyBallotFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveResults' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballotCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dissents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyBallotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MyBallot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionsQuery, QuestionsQueryVariables>;
export const QuestionUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'QuestionUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questionUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canVote' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveResults' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballotCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dissents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuestionUpdatedSubscription, QuestionUpdatedSubscriptionVariables>;
export const CreateQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myBallot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyBallotFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveResults' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballotCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dissents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyBallotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MyBallot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateQuestionMutation, CreateQuestionMutationVariables>;
export const OpenQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canVote' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveResults' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballotCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dissents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenQuestionMutation, OpenQuestionMutationVariables>;
export const CloseQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'questionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'questionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canVote' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveResults' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballotCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dissents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseQuestionMutation, CloseQuestionMutationVariables>;
export const ReopenQuestionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenQuestion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReopenQuestionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenQuestion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'QuestionFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canVote' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'myBallot' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MyBallotFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TallyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Tally' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballots' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abstentions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligible' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
          { kind: 'Field', name: { kind: 'Name', value: 'tied' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rounds' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'exhausted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'eliminated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'option' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'QuestionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Question' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
          { kind: 'Field', name: { kind: 'Name', value: 'liveResults' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumBase' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ballotCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tally' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'votes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'voterId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'results' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'winner' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textHashAtClose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textChanged' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closeReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tally' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TallyFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dissents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'voterName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MyBallotFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MyBallot' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'round' } },
          { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenQuestionMutation, ReopenQuestionMutationVariables>;
export const CastBallotDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CastBallot' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CastBallotInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'castBallot' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'round' } },
                { kind: 'Field', name: { kind: 'Name', value: 'choice' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ranking' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CastBallotMutation, CastBallotMutationVariables>;
export const DiscussDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DiscussDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'board' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'members' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textHash' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscussDraftQuery, DiscussDraftQueryVariables>;
export const CommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Comments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clauseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentsQuery, CommentsQueryVariables>;
export const CommentUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CommentUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentUpdatedSubscription, CommentUpdatedSubscriptionVariables>;
export const AddCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddCommentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const EditCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EditComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'EditCommentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const ResolveThreadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveThread' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'resolved' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveThread' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'resolved' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'resolved' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResolveThreadMutation, ResolveThreadMutationVariables>;
export const HideCommentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HideComment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'HideCommentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hideComment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CommentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CommentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Comment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'editedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'resolvedByName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deleted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hidden' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hiddenReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'anchor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quote' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HideCommentMutation, HideCommentMutationVariables>;
export const AmendmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Amendments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clauseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporterIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentsQuery, AmendmentsQueryVariables>;
export const AmendmentUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'AmendmentUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'amendmentUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporterIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AmendmentUpdatedSubscription, AmendmentUpdatedSubscriptionVariables>;
export const ProposeAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ProposeAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposeAmendmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposeAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporterIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposeAmendmentMutation, ProposeAmendmentMutationVariables>;
export const SupportAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SupportAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'support' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'supportAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'support' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'support' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporterIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SupportAmendmentMutation, SupportAmendmentMutationVariables>;
export const WithdrawAmendmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawAmendment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawAmendment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amendmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amendmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AmendmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AmendmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Amendment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rationale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'baseText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supportCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporters' } },
          { kind: 'Field', name: { kind: 'Name', value: 'supporterIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawAmendmentMutation, WithdrawAmendmentMutationVariables>;
export const BoardActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'beforeSeq' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boardActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'beforeSeq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'beforeSeq' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardActivityQuery, BoardActivityQueryVariables>;
export const ActivityAddedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ActivityAdded' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activityAdded' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivityAddedSubscription, ActivityAddedSubscriptionVariables>;
export const AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'beforeSeq' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'beforeSeq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'beforeSeq' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'data' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const DraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Draft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startingPoint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'baseline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'board' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jurisdiction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DraftQuery, DraftQueryVariables>;
export const CreateDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startingPoint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDraftMutation, CreateDraftMutationVariables>;
export const RenameDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RenameDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RenameDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renameDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RenameDraftMutation, RenameDraftMutationVariables>;
export const ArchiveDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ArchiveDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'archiveDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ArchiveDraftMutation, ArchiveDraftMutationVariables>;
export const RestoreDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RestoreDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'restoreDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RestoreDraftMutation, RestoreDraftMutationVariables>;
export const PreviewPolicyImportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PreviewPolicyImport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PreviewPolicyImportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'previewPolicyImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'clauses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suggestedComponentIds' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PreviewPolicyImportMutation, PreviewPolicyImportMutationVariables>;
export const AttachBaselineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AttachBaseline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AttachBaselineInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachBaseline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AttachBaselineMutation, AttachBaselineMutationVariables>;
export const BoardInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardInvitations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acceptedByName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardInvitationsQuery, BoardInvitationsQueryVariables>;
export const CreateInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateInvitationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitation' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acceptedByName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateInvitationMutation, CreateInvitationMutationVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'invitationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'invitationId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InvitationPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'boardName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jurisdiction' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'invitedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memberCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const MyEmailSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyEmailSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myEmailSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'preferences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyEmailSettingsQuery, MyEmailSettingsQueryVariables>;
export const UpdateMyEmailSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyEmailSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateEmailSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyEmailSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'preferences' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyEmailSettingsMutation, UpdateMyEmailSettingsMutationVariables>;
export const BoardOutboxDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BoardOutbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'boardOutbox' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'smtpConfigured' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'messages' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toAddress' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BoardOutboxQuery, BoardOutboxQueryVariables>;
export const MeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Meetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'drafts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingRoomDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingRoom' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingRoomQuery, MeetingRoomQueryVariables>;
export const MeetingBoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingBoardQuery, MeetingBoardQueryVariables>;
export const MeetingUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MeetingUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetingUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingUpdatedSubscription, MeetingUpdatedSubscriptionVariables>;
export const ScheduleMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ScheduleMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScheduleMeetingInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduleMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const AddAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const UpdateAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAgendaItemInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAgendaItemMutation, UpdateAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agendaItemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const OpenMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenMeetingMutation, OpenMeetingMutationVariables>;
export const CloseMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseMeetingMutation, CloseMeetingMutationVariables>;
export const SetCurrentAgendaItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCurrentAgendaItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCurrentAgendaItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agendaItemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCurrentAgendaItemMutation, SetCurrentAgendaItemMutationVariables>;
export const CheckInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'present' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'present' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'present' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckInMutation, CheckInMutationVariables>;
export const MarkAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkAttendanceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const SaveMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SaveMinutesInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'location' } },
          { kind: 'Field', name: { kind: 'Name', value: 'link' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'openedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentItemId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'presentCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibleCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumRequired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quorumMet' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amendmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeBoxMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'markedByName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveMinutesMutation, SaveMinutesMutationVariables>;
export const MinorityReportsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MinorityReports' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minorityReports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clauseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'questionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MinorityReportsQuery, MinorityReportsQueryVariables>;
export const CreateMinorityReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMinorityReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateMinorityReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMinorityReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMinorityReportMutation, CreateMinorityReportMutationVariables>;
export const UpdateMinorityReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMinorityReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMinorityReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMinorityReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMinorityReportMutation, UpdateMinorityReportMutationVariables>;
export const WithdrawMinorityReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawMinorityReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MinorityReportRefInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawMinorityReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawMinorityReportMutation, WithdrawMinorityReportMutationVariables>;
export const SignMinorityReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignMinorityReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignMinorityReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signMinorityReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'signatories' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignMinorityReportMutation, SignMinorityReportMutationVariables>;
export const ClauseQuestionsForReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ClauseQuestionsForReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'questions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'boardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'boardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clauseId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clauseId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prompt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ClauseQuestionsForReportQuery, ClauseQuestionsForReportQueryVariables>;
export const MinorityReportsChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MinorityReportsChanged' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minorityReportsChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'withdrawn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MinorityReportsChangedSubscription, MinorityReportsChangedSubscriptionVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '30' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationFeedFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFeedFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationFeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MyNotificationsChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MyNotificationsChanged' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotificationsChanged' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'take' },
                value: { kind: 'IntValue', value: '30' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationFeedFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFeedFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NotificationFeed' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'unreadCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'items' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'draftId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'commentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'excerpt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'read' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsChangedSubscription, MyNotificationsChangedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'MarkNotificationsReadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PacketPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PacketPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'archived' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'board' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'myRole' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'baseline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceName' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'packetVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'draftId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'draftId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedByName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'files' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PacketPageQuery, PacketPageQueryVariables>;
export const PacketVersionDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PacketVersionDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'packetVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'json' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responderName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responderRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shareLinkLabel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PacketVersionDetailQuery, PacketVersionDetailQueryVariables>;
export const PacketShareLinksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PacketShareLinks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'packetVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'shareLinks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdByName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'accessCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recentAccesses' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PacketShareLinksQuery, PacketShareLinksQueryVariables>;
export const PacketPreviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PacketPreview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishPacketInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'packetPreview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'json' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PacketPreviewQuery, PacketPreviewQueryVariables>;
export const PublishPacketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishPacket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PublishPacketInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishPacket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishPacketMutation, PublishPacketMutationVariables>;
export const PacketRedlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PacketRedline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PacketRedlineInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'packetRedline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromLabel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toLabel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'added' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'moved' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'before' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'after' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'heading' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'heading' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'text' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'op' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PacketRedlineQuery, PacketRedlineQueryVariables>;
export const CreateShareLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateShareLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateShareLinkInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createShareLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'link' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateShareLinkMutation, CreateShareLinkMutationVariables>;
export const RevokeShareLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeShareLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'shareLinkId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeShareLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'shareLinkId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'shareLinkId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeShareLinkMutation, RevokeShareLinkMutationVariables>;
export const SharedPacketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SharedPacket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sharedPacket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'packetVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'boardName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'json' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'files' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'responses' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'clauseNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responderName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responderRole' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SharedPacketQuery, SharedPacketQueryVariables>;
export const RespondToPacketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToPacket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RespondToPacketInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToPacket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clauseNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responderName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responderRole' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToPacketMutation, RespondToPacketMutationVariables>;
