const { libJestConfig } = require('../../jest.preset.cjs');

module.exports = libJestConfig('evidence', __dirname);
