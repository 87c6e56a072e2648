// @vertelpunt/exchange: file formats for analysts, backups and imports. This file only re-exports.
export * from './encode.js';
export * from './canonical.js';
export * from './target-terms.js';
export * from './envelope.js';
export * from './write-json.js';
export * from './problems.js';
export * from './issue-detail.js';
export * from './read.js';
export * from './merge.js';
export * from './csv.js';
export * from './qdpx.js';
export * from './parquet.js';
export * from './web-annotation.js';
export * from './counts.js';
export * from './counts-csv.js';
export * from './formats.js';
