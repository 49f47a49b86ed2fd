/** Channel names of live events. One channel per thing people watch, so no filtering is needed. */
export const Topic = {
  questions: (boardId: string) => `board.${boardId}.questions`,
  activity: (boardId: string) => `board.${boardId}.activity`,
  comments: (draftId: string) => `draft.${draftId}.comments`,
  amendments: (draftId: string) => `draft.${draftId}.amendments`,
  meeting: (meetingId: string) => `meeting.${meetingId}`,
  minorityReports: (draftId: string) => `draft.${draftId}.minority-reports`,
  /** One person's notifications changed (one arrived, or some were read in another tab). */
  notifications: (userId: string) => `user.${userId}.notifications`,
} as const;
