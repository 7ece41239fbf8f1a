// The kernel loads no type-graphql, so its tests run without reflect-metadata.
module.exports = { ...require('../jest/preset.js')(__dirname, 'kernel'), setupFiles: [] };
