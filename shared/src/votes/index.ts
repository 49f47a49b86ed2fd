export * from './rules';
export * from './tally';
export * from './voted-text';
export * from './limits';
