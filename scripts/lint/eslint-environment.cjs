// The Node test environment, plus ESLint's Node API for the boundary spec.
// ESLint loads eslint.config.mjs with a dynamic import(), which code inside
// jest's module registry cannot make (jest refuses without
// --experimental-vm-modules). A test environment is loaded by jest itself,
// outside that registry, so ESLint lives here, once per test file, and the
// spec calls it through a global.
const { TestEnvironment } = require('jest-environment-node');
const { ESLint } = require('eslint');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const SKIPPED = 'No cached ProjectGraph';

class EslintEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    let eslint;
    /**
     * Lints source text as a file at `filePath` (relative to the workspace; nothing is
     * written). Also says whether the Nx boundary rule skipped for want of a project
     * graph: it only prints a warning then, and reports nothing.
     */
    this.global.lintInWorkspace = async (filePath, source) => {
      eslint ??= new ESLint({ cwd: root });
      const printed = [];
      const write = process.stdout.write;
      process.stdout.write = function captured(chunk, ...rest) {
        printed.push(String(chunk));
        return write.call(this, chunk, ...rest);
      };
      try {
        const [result] = await eslint.lintText(source, { filePath: path.join(root, filePath) });
        // Plain JSON across the realm boundary, so jest's matchers see ordinary arrays and objects.
        return JSON.stringify({
          errors: result.messages.map((message) => `${message.ruleId}: ${message.message}`),
          boundaryRuleSkipped: printed.some((text) => text.includes(SKIPPED)),
        });
      } finally {
        process.stdout.write = write;
      }
    };
  }
}

module.exports = EslintEnvironment;
