import type { TermId, VersionId } from './generated/taxonomy-data.js';
import { followPath, migrationPath } from './registry.js';
import { validateTagSet, type TagSet } from './tag-set.js';

export interface TermChange {
  readonly from: TermId;
  readonly to: readonly TermId[];
}

export interface Migration {
  readonly tagSet: TagSet;
  /** Only the terms whose id changed. */
  readonly changes: readonly TermChange[];
}

export class MigrationError extends Error {}

/** Whether tag sets of one version can be moved to another (forward along the migration maps). */
export function canMigrate(from: VersionId, to: VersionId): boolean {
  return migrationPath(from, to) !== undefined;
}

/**
 * Moves a valid tag set to another version through the migration maps. The order of the
 * terms is kept; two old terms that became one new term are tagged once.
 */
export function migrateTagSet(tagSet: TagSet, to: VersionId): Migration {
  const checked = validateTagSet(tagSet, { allowEmpty: true });
  if (!checked.ok) throw new MigrationError(`cannot migrate an invalid tag set: ${checked.issues.map((i) => i.message).join('; ')}`);
  const path = migrationPath(tagSet.version, to);
  if (!path) throw new MigrationError(`no migration from '${tagSet.version}' to '${to}': tag sets move forward to newer versions only`);
  const changes: TermChange[] = [];
  for (const id of tagSet.terms) {
    const targets = followPath([id], path);
    if (targets.length !== 1 || targets[0] !== id) changes.push({ from: id, to: targets });
  }
  return { tagSet: { version: to, terms: followPath(tagSet.terms, path) }, changes };
}
