import { stripBidiControls } from '@roundtable/shared';

/**
 * For `@Transform` on names of people, boards and responders: trimmed, without bidirectional
 * controls. A name is shown beside other text (lists, ballots, exports), where an override could
 * make it read as someone else's or reorder what follows it.
 */
export const cleanName = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? stripBidiControls(value).trim() : value;
