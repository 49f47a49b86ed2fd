/**
 * One labelled sentence (or a short list with its lead-in) for measuring the coverage detector.
 * Labels record what the wording means, decided by reading it, not by running the detector.
 */
export interface CorpusEntry {
  text: string;
  /** Checklist items the text addresses in the direction the toolkit wants (fully or weakly). */
  items: string[];
  /** Checklist items the text works against: a hollowed ban, a switched-off duty, a broadened limit. */
  contradicts?: string[];
}
