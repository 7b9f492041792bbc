const { libJestConfig } = require('../../jest.preset.cjs');

module.exports = libJestConfig('competencies', __dirname);
