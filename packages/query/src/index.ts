// @vertelpunt/query: the query engine of the library, the overview and the export. This file only re-exports.
export * from './bitset.js';
export * from './story-row.js';
export * from './query-filter.js';
export * from './query-index.js';
export * from './overview-groups.js';
