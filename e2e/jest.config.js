/** Non-browser specs of the e2e package (the compose file and operations checks). Playwright runs specs/. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/compose', '<rootDir>/ops'],
  testRegex: '\\.spec\\.ts$',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
};
