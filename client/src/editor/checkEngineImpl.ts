// The only client module that reaches shared's sentence reader; imported through `checkEngine.ts`.
export {
  affectedClauseIds,
  checkClause,
  createDraftContext,
  syncDraftContext,
  updateDraftContext,
} from '@roundtable/shared';
