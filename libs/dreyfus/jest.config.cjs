const { libJestConfig } = require('../../jest.preset.cjs');

module.exports = libJestConfig('dreyfus', __dirname);
