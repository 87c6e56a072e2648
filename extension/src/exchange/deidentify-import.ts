import { BACKUP_FORMAT, coded, issueDetail, pathString, type FileFormat, type ImportProblem } from '@vertelpunt/exchange';
import { deidentifyStory, DeidReviewSchema, type DeidentifiedStory, type Story } from '@vertelpunt/stories';

/** The stories of an import file as they may be stored, and what the owner of de-identification found on the way. */
export interface CheckedImport {
  stories: DeidentifiedStory[];
  /** Spans still found and removed, in how many stories. */
  residual: number;
  residualStories: number;
  /** Kept originals brought back (a backup only). */
  originals: number;
  /** Stories that cannot be stored once de-identified (e.g. a title too long with its placeholders). */
  problems: ImportProblem[];
}

/**
 * Every imported story goes through the owner of de-identification. A backup is the user's own:
 * what they switched off stays, and kept originals come back. An export may be anyone's: every
 * detection left in it is removed, and an `original` (which no export should carry) is dropped.
 */
export function deidentifyImport(stories: readonly Story[], format: FileFormat, fileName: string): CheckedImport {
  const own = format === BACKUP_FORMAT;
  const checked: CheckedImport = { stories: [], residual: 0, residualStories: 0, originals: 0, problems: [] };
  for (const story of stories) {
    const { deidentification: _deidentification, original, ...candidate } = story;
    const keep = own && original !== undefined && story.deidentification?.originalKept === true;
    const result = deidentifyStory({
      candidate,
      before: story,
      trustKept: own,
      review: DeidReviewSchema.parse({ keepOriginal: keep }),
      ...(keep ? { original } : {}),
    });
    if (!result.ok) {
      for (const issue of result.problems) {
        const detail = `${issue.message} (story ${story.id})`;
        checked.problems.push({
          file: fileName,
          path: pathString(issue.path),
          message: detail,
          ...coded('invalid-story', { detail }),
          issue: issueDetail(issue, { input: candidate }),
        });
      }
      continue;
    }
    checked.stories.push(result.story);
    checked.residual += result.redacted;
    if (result.redacted > 0) checked.residualStories += 1;
    if (keep) checked.originals += 1;
  }
  return checked;
}
