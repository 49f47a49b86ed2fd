/**
 * Coverage and language checks come from shared (computeCoverage, checkDraft). They are loaded
 * through this adapter because, at the time of writing, shared's entry point does not export
 * them yet; once it does, the first branch is taken and the fallback can go.
 */
export interface AnalysisClause {
  id: string;
  heading: string;
  text: string;
  componentIds: string[];
}

export interface CoverageLike {
  components: {
    componentId: string;
    status: string;
    items: { itemId: string; status: string; evidence: { clauseId: string }[] }[];
  }[];
}

export interface CheckMarkLike {
  kind: string;
  severity: string;
  clauseId: string;
  excerpt: string;
  message: string;
  fingerprint: string;
}

export interface PacketAnalysis {
  computeCoverage?: (
    clauses: readonly AnalysisClause[],
    options?: { tickedItemIds?: Iterable<string> },
  ) => CoverageLike;
  checkDraft?: (clauses: readonly AnalysisClause[]) => { marks: CheckMarkLike[] };
}

function load(): PacketAnalysis {
  const shared = require('@roundtable/shared') as PacketAnalysis;
  if (typeof shared.computeCoverage === 'function' && typeof shared.checkDraft === 'function') return shared;
  const found: PacketAnalysis = { ...shared };
  try {
    found.computeCoverage ??= (require('@roundtable/shared/dist/coverage') as PacketAnalysis).computeCoverage;
  } catch {
    // not built yet
  }
  try {
    found.checkDraft ??= (require('@roundtable/shared/dist/checks') as PacketAnalysis).checkDraft;
  } catch {
    // not built yet
  }
  return found;
}

let cached: PacketAnalysis | undefined;
export function packetAnalysis(): PacketAnalysis {
  cached ??= load();
  return cached;
}
