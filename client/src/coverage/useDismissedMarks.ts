import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CheckDismissalsQuery } from './operations';

/** `clauseId:fingerprint` of every mark the board dismissed; re-read every half minute. */
export function useDismissedMarks(draftId: string | undefined): ReadonlySet<string> {
  const { data } = useQuery(CheckDismissalsQuery, {
    variables: { id: draftId ?? '' },
    skip: !draftId,
    pollInterval: 30_000,
    fetchPolicy: 'cache-and-network',
  });
  return useMemo(
    () => new Set((data?.draft.checkDismissals ?? []).map((d) => `${d.clauseId}:${d.fingerprint}`)),
    [data],
  );
}
