import { XMLBuilder } from 'fast-xml-parser';
import { strToU8, zipSync } from 'fflate';
import { v5 as uuidV5 } from 'uuid';
import type { Story } from '@vertelpunt/stories';
import { buildCodeTree, canMigrate, LATEST_VERSION, migrateTagSet, termGuid, type VersionId } from '@vertelpunt/taxonomy';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
/** Namespace for GUIDs derived from story ids, so the same export twice has the same GUIDs. */
const GUID_NAMESPACE = '0b5d2f3e-8c41-5a7e-9d26-3f1b4c5d6e7f';
const EXPORT_USER = uuidV5('vertelpunt:export-user', GUID_NAMESPACE);

export interface QdpxOptions {
  /** The vocabulary that becomes the codebook; older stories are migrated to it. Default: the latest. */
  version?: VersionId;
  projectName?: string;
  exportedAt: Date;
}

function termsIn(story: Story, version: VersionId): readonly string[] {
  const from = story.tags.version as VersionId;
  if (from === version) return story.tags.terms;
  return canMigrate(from, version) ? migrateTagSet(story.tags, version).tagSet.terms : [];
}

/** The project file (project.qde) of a REFI-QDA project: the vocabulary as codebook, each story a coded text source. */
export function toProjectXml(stories: readonly Story[], options: QdpxOptions): string {
  const version = options.version ?? LATEST_VERSION;
  const at = options.exportedAt.toISOString();
  const sources = stories.map((story) => {
    const selection = uuidV5(`${story.id}:selection`, GUID_NAMESPACE);
    return {
      '@_guid': story.id,
      '@_name': story.title,
      '@_plainTextPath': `internal://${story.id}.txt`,
      '@_creatingUser': EXPORT_USER,
      '@_creationDateTime': story.createdAt,
      Description: `${story.source.origin} · ${story.consent.status}${story.notes ? `\n${story.notes}` : ''}`,
      PlainTextSelection: {
        '@_guid': selection,
        '@_name': story.title,
        '@_startPosition': '0',
        // Positions count characters (code points) of the source text.
        '@_endPosition': String([...story.text].length),
        '@_creatingUser': EXPORT_USER,
        '@_creationDateTime': story.createdAt,
        Coding: termsIn(story, version).map((id) => ({
          '@_guid': uuidV5(`${story.id}:${id}`, GUID_NAMESPACE),
          '@_creatingUser': EXPORT_USER,
          '@_creationDateTime': story.updatedAt,
          CodeRef: { '@_targetGUID': termGuid(id) },
        })),
      },
    };
  });
  const project = {
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    Project: {
      '@_xmlns': PROJECT_NAMESPACE,
      '@_name': options.projectName ?? 'Vertelpunt',
      '@_origin': `Vertelpunt, ${version}`,
      '@_creatingUserGUID': EXPORT_USER,
      '@_creationDateTime': at,
      Users: { User: { '@_guid': EXPORT_USER, '@_name': 'Vertelpunt export' } },
      CodeBook: { Codes: { Code: buildCodeTree(version, 'nl') } },
      ...(sources.length > 0 ? { Sources: { TextSource: sources } } : {}),
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false, processEntities: true });
  return builder.build(project) as string;
}

/** A .qdpx file: a zip with project.qde and each story's text under sources/. */
export function toQdpx(stories: readonly Story[], options: QdpxOptions): Uint8Array {
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(toProjectXml(stories, options)) };
  for (const story of stories) files[`sources/${story.id}.txt`] = strToU8(story.text);
  // A fixed time inside the zip keeps the same export byte-for-byte the same.
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
