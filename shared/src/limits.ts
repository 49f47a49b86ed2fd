/**
 * Length and count limits that both the server (class-validator) and the client (form hints)
 * enforce. Defined once so a user never sees the client accept what the server then refuses.
 */
export const LIMITS = {
  emailMax: 254,
  nameMin: 1,
  nameMax: 80,
  passwordMin: 12,
  passwordMax: 256,
  boardNameMin: 3,
  boardNameMax: 120,
  jurisdictionMax: 120,
  descriptionMax: 2000,
  draftTitleMin: 1,
  draftTitleMax: 160,
  /** Invitation links live this long unless the facilitator picks otherwise. */
  invitationDefaultDays: 14,
  invitationMaxDays: 90,
  pageSizeMax: 100,
  /** A clause heading, as typed in the editor or sent to addClause. */
  clauseHeadingMax: 200,
  /** A clause body as plain text (addClause); the editor shows a hint past this. */
  clauseTextMax: 20000,
  /** Largest single y-websocket frame the collaboration server accepts. */
  collabMessageMaxBytes: 1024 * 1024,
  /**
   * Server time (ms) one collaboration socket may use per second, sustained. Typing costs well
   * under 1 ms a message; syncing a long draft once costs tens of ms.
   */
  collabCpuMsPerSecond: 250,
} as const;

export type Limits = typeof LIMITS;
