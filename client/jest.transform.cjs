/**
 * SWC for TypeScript/JSX, plus one fix for ESM-only packages (react-router 8): CommonJS has no
 * `import.meta`, so it becomes an empty object (react-router only reads `import.meta.hot`).
 */
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
});

const withoutImportMeta = (source) => source.replace(/\bimport\.meta\b/g, '({})');

module.exports = {
  process: (source, filename, options) => swc.process(withoutImportMeta(source), filename, options),
  getCacheKey: (source, filename, options) => swc.getCacheKey(withoutImportMeta(source), filename, options),
};
