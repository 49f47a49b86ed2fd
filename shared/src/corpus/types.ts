/** A coverage verdict for one checklist item. */
export type Verdict = 'covered' | 'partly' | 'missing' | 'contradicted';

/**
 * One labelled clause (a sentence, or a short list with its lead-in) for measuring coverage.
 * Labels record what the wording means, decided by reading it, never by running the detector.
 * Items not listed are 'missing'; `{}` says the text addresses no checklist item.
 */
export interface LabelledEntry {
  text: string;
  /** The kind of document the wording imitates: model-policy, general-order, council-resolution, plain-language, bad-draft. */
  register: string;
  labels: Record<string, Exclude<Verdict, 'missing'>>;
  /** The labeller's reason, in a few words. */
  why: string;
}
