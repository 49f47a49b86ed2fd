/** Component tests in jsdom; TypeScript and JSX through SWC (jest.transform.cjs), shared's source used directly. */
const esmPackages = [
  'react-router',
  '@remix-run',
  'cookie-es',
  '@tiptap',
  'y-websocket',
  'y-indexeddb',
  'y-protocols',
  'lib0',
  'yjs',
  'prosemirror-[a-z-]+',
  'orderedmap',
  'rope-sequence',
  'w3c-keyname',
  'linkifyjs',
];

module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  transform: { '^.+\\.(m|c)?(t|j)sx?$': '<rootDir>/jest.transform.cjs' },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${esmPackages.join('|')})/)`],
  moduleNameMapper: {
    '\\.css$': 'identity-obj-proxy',
    '^@roundtable/shared$': '<rootDir>/../shared/src/index.ts',
  },
};
