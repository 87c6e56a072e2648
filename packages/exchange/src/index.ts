// @vertelpunt/exchange: file formats for analysts. This file only re-exports.
export * from './csv.js';
export * from './json-envelope.js';
export * from './counts.js';
export * from './qdpx.js';
export * from './web-annotation.js';
