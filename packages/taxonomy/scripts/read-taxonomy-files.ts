import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  ChangeLogSchema,
  MigrationFileSchema,
  SeedIndexSchema,
  VersionFileSchema,
  type ChangeLog,
  type MigrationFile,
  type SeedIndex,
  type VersionFile,
} from '../src/schema.js';

export interface TaxonomyFiles {
  versions: VersionFile[];
  migrations: MigrationFile[];
  /** taxonomy/changes/<version>.yaml, oldest version first. */
  changes: ChangeLog[];
  seeds: SeedIndex['seeds'];
}

/** A data file that does not fit its schema; the message names the file and the path inside it. */
export class TaxonomyFileError extends Error {}

function parseFile<S extends z.ZodType>(file: string, schema: S, root: string): z.output<S> {
  const where = relative(root, file);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new TaxonomyFileError(`${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new TaxonomyFileError(`${where}: ${describePath(raw, issue.path)}: ${issue.message}`);
  }
  return result.data;
}

/** "terms[3] (kernwaarde-lef).label.en" reads better than a bare index when fixing a file. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = raw;
  let text = '';
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      text += `[${key}]${typeof id === 'string' ? ` (${id})` : ''}`;
    } else {
      text += `${text ? '.' : ''}${String(key)}`;
    }
  }
  return text || '(top level)';
}

/** Reads taxonomy/<version>.yaml, migrations/, changes/ and seeds/index.yaml, schema-checked. */
export function readTaxonomyFiles(taxonomyDir: string, root = join(taxonomyDir, '..')): TaxonomyFiles {
  const yamlIn = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => join(dir, name));
  const versions = yamlIn(taxonomyDir).map((file) => parseFile(file, VersionFileSchema, root));
  const migrations = yamlIn(join(taxonomyDir, 'migrations')).map((file) => parseFile(file, MigrationFileSchema, root));
  const changes = yamlIn(join(taxonomyDir, 'changes')).map((file) => parseFile(file, ChangeLogSchema, root));
  const { seeds } = parseFile(join(taxonomyDir, 'seeds', 'index.yaml'), SeedIndexSchema, root);
  versions.sort((a, b) => a.published.localeCompare(b.published));
  const published = new Map(versions.map((v) => [v.version, v.published]));
  changes.sort((a, b) => (published.get(a.version) ?? a.date).localeCompare(published.get(b.version) ?? b.date));
  return { versions, migrations, changes, seeds };
}
