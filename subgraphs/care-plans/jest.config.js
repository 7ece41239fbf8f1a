module.exports = require('../../jest/preset.js')(__dirname, 'care-plans');
