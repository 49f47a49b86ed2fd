import { useSubscription } from '@apollo/client/react';
import {
  ActivityAddedSubscription,
  AmendmentUpdatedSubscription,
  CommentUpdatedSubscription,
  QuestionUpdatedSubscription,
} from './operations';

/**
 * Live updates. Subscription payloads carry whole objects with their ids, so Apollo's cache
 * updates every view of them by itself; `onNew` lets a list add something it has not seen.
 */
export function useQuestionUpdates(boardId: string | undefined, onNew?: (id: string) => void): void {
  useSubscription(QuestionUpdatedSubscription, {
    variables: { boardId: boardId ?? '' },
    skip: !boardId,
    onData: ({ data }) => {
      const q = data.data?.questionUpdated;
      if (q) onNew?.(q.id);
    },
  });
}

export function useCommentUpdates(draftId: string, onNew?: (id: string) => void): void {
  useSubscription(CommentUpdatedSubscription, {
    variables: { draftId },
    onData: ({ data }) => {
      const c = data.data?.commentUpdated;
      if (c) onNew?.(c.id);
    },
  });
}

export function useAmendmentUpdates(draftId: string, onNew?: (id: string) => void): void {
  useSubscription(AmendmentUpdatedSubscription, {
    variables: { draftId },
    onData: ({ data }) => {
      const a = data.data?.amendmentUpdated;
      if (a) onNew?.(a.id);
    },
  });
}

export function useActivityUpdates(boardId: string | undefined, onNew: (action: string) => void): void {
  useSubscription(ActivityAddedSubscription, {
    variables: { boardId: boardId ?? '' },
    skip: !boardId,
    onData: ({ data }) => onNew(data.data?.activityAdded.action ?? ''),
  });
}
