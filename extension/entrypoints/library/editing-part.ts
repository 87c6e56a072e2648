// Loaded at the first edit, bulk action or undo (later-parts.ts): what needs the de-identifier
// (its name lists and rules) or the term suggestions' model.
export { deidentifyOwn } from '@vertelpunt/stories';
export { migrateStories, retagStories } from '../../src/storage/bulk-tags';
export { BulkRetag } from './BulkRetag';
export { StoryEditor } from './StoryEditor';
