import { migration001 } from './001-initial';
import { migration002 } from './002-search-and-origin';
import { migration003 } from './003-deidentify-every-field';
import { migration004 } from './004-story-rows';
import { migration005 } from './005-change-log';

/** One step per schema version, in order: MIGRATIONS[n] takes the database from version n to n + 1. */
export const MIGRATIONS = [migration001, migration002, migration003, migration004, migration005] as const;

export type Migration = (typeof MIGRATIONS)[number];
