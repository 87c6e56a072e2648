// @vertelpunt/stories: what a story is. This file only re-exports.
export * from './text-range.js';
export * from './selectors.js';
export * from './story.js';
export * from './quick-story-check.js';
export * from './search-words.js';
export * from './deid-review.js';
export * from './deidentify-story.js';
