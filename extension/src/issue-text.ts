import { issueDetail, pathString, type IssueDetail, type JsonSyntax } from '@vertelpunt/exchange';
import type { z } from 'zod';
import type { MessageKey } from './i18n';
import type { LocaleFormat } from './locale-format';

// What is wrong with a value, in the interface's language: zod's issues and JSON syntax errors are
// worded here from their codes and values, never from zod's or the engine's English.

/** chrome.i18n.getMessage, or a stand-in for it in a test. */
export type Translate = (key: MessageKey, substitutions: string[]) => string;

/** What wording needs: the messages and the formats of one language. */
export interface Say {
  t: Translate;
  format: LocaleFormat;
}

/** The kinds of value zod expects or a detail found, by message key ('int' is zod's integer). */
const TYPE_KEYS: Record<string, MessageKey> = {
  string: 'typeString',
  number: 'typeNumber',
  int: 'typeInteger',
  bigint: 'typeInteger',
  boolean: 'typeBoolean',
  null: 'typeNull',
  object: 'typeObject',
  record: 'typeObject',
  array: 'typeArray',
  tuple: 'typeArray',
  set: 'typeArray',
  date: 'typeDate',
  missing: 'typeMissing',
  undefined: 'typeMissing',
};

/** A kind of value as a phrase: 'tekst', 'een getal', 'niets'; any other kind 'een andere waarde'. */
export const typeName = (type: string, say: Say) => say.t(TYPE_KEYS[type] ?? 'typeOther', []);

const FORMAT_KEYS: Record<string, MessageKey> = {
  uuid: 'issueFormatUuid',
  guid: 'issueFormatUuid',
  datetime: 'issueFormatDateTime',
  date: 'issueFormatDate',
  url: 'issueFormatUrl',
  email: 'issueFormatEmail',
};

/** A refinement's `params.problem` (set in the packages' schemas), by message key, with the values it names. */
const CUSTOM: Record<string, { key: MessageKey; values: readonly string[] }> = {
  'text-empty': { key: 'issueTextEmpty', values: [] },
  'text-too-large': { key: 'issueTextTooLarge', values: ['limit'] },
  'not-an-origin': { key: 'issueNotAnOrigin', values: [] },
  'original-without-record': { key: 'issueOriginalWithoutRecord', values: [] },
  'end-before-start': { key: 'issueEndBeforeStart', values: [] },
  'tags-unknown-version': { key: 'issueTagsUnknownVersion', values: ['version', 'known'] },
  'tags-wrong-version': { key: 'issueTagsWrongVersion', values: ['version', 'expected'] },
  'tags-empty': { key: 'issueTagsEmpty', values: [] },
  'tags-duplicate-term': { key: 'issueTagsDuplicateTerm', values: ['term'] },
  'tags-unknown-term': { key: 'issueTagsUnknownTerm', values: ['term'] },
  'tags-term-not-in-version': { key: 'issueTagsTermNotInVersion', values: ['term', 'version', 'elsewhere'] },
  'tags-deprecated-term': { key: 'issueTagsDeprecatedTerm', values: ['term', 'version'] },
};
/** Values that are sizes in bytes, wherever a message names them. */
const BYTE_VALUES = new Set(['size', 'limit']);

/** A value of a problem as a message shows it: numbers in the language's digits, sizes as sizes. */
export function valueText(name: string, value: string | number | undefined, say: Say): string {
  if (typeof value !== 'number') return value ?? '';
  return BYTE_VALUES.has(name) ? say.format.bytes(value) : say.format.number(value);
}

/** 'minstens 1 teken' / 'minstens 5 tekens': one of two keys by the plural of `n`. */
const counted = (n: number, one: MessageKey, other: MessageKey, say: Say) =>
  say.t(say.format.plural(n) === 'one' ? one : other, [say.format.number(n)]);

function boundText(detail: Extract<IssueDetail, { code: 'too_small' | 'too_big' }>, say: Say): string {
  const small = detail.code === 'too_small';
  const n = detail.limit;
  switch (detail.origin) {
    case 'string':
      if (small && n <= 1) return say.t('issueEmpty', []);
      return small ? counted(n, 'issueTooShortOne', 'issueTooShort', say) : counted(n, 'issueTooLongOne', 'issueTooLong', say);
    case 'array':
    case 'set':
      if (small && n <= 1) return say.t('issueEmptyList', []);
      return small ? counted(n, 'issueTooFewOne', 'issueTooFew', say) : counted(n, 'issueTooManyOne', 'issueTooMany', say);
    case 'file':
      return say.t(small ? 'issueTooSmallAtLeast' : 'issueTooBigAtMost', [say.format.bytes(n)]);
    default: {
      // Numbers, and dates as their instants.
      const limit = detail.origin === 'date' ? say.format.dateTime(new Date(n)) : say.format.number(n);
      if (small) return say.t(detail.inclusive ? 'issueTooSmallAtLeast' : 'issueTooSmallAbove', [limit]);
      return say.t(detail.inclusive ? 'issueTooBigAtMost' : 'issueTooBigBelow', [limit]);
    }
  }
}

/** What a zod issue says, in the interface's language. */
export function issueText(detail: IssueDetail, say: Say): string {
  switch (detail.code) {
    case 'invalid_type':
      if (detail.received === 'missing') return say.t('issueMissing', [typeName(detail.expected, say)]);
      return detail.received === undefined
        ? say.t('issueExpected', [typeName(detail.expected, say)])
        : say.t('issueInvalidType', [typeName(detail.expected, say), typeName(detail.received, say)]);
    case 'too_small':
    case 'too_big':
      return boundText(detail, say);
    case 'invalid_format':
      return say.t(FORMAT_KEYS[detail.format] ?? 'issueFormatOther', []);
    case 'not_multiple_of':
      return say.t('issueNotMultipleOf', [say.format.number(detail.divisor)]);
    case 'unrecognized_keys':
      return say.t(detail.keys.length === 1 ? 'issueUnknownKey' : 'issueUnknownKeys', [say.format.list(detail.keys)]);
    case 'invalid_value':
      return say.t('issueInvalidValue', [say.format.orList(detail.values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))))]);
    case 'invalid_union':
      return say.t('issueInvalidUnion', []);
    case 'invalid_key':
      return say.t('issueInvalidKey', []);
    case 'invalid_element':
      return say.t('issueInvalidElement', []);
    case 'custom': {
      const custom = detail.problem === undefined ? undefined : CUSTOM[detail.problem];
      if (!custom) return say.t('issueInvalid', []);
      if (custom.key === 'issueTagsDeprecatedTerm' && detail.values?.replacement !== undefined)
        return say.t('issueTagsDeprecatedTermReplaced', [
          ...custom.values.map((name) => valueText(name, detail.values?.[name], say)),
          String(detail.values.replacement),
        ]);
      return say.t(
        custom.key,
        custom.values.map((name) => valueText(name, detail.values?.[name], say)),
      );
    }
  }
}

/** A story's fields by the labels the story forms give them. */
export const STORY_FORM_FIELDS: Readonly<Record<string, MessageKey>> = {
  title: 'fieldTitle',
  text: 'fieldText',
  notes: 'fieldNotes',
  tags: 'fieldTags',
  consent: 'fieldConsent',
  'consent.purpose': 'fieldPurpose',
};

/**
 * `Titel: mag niet leeg zijn`: a zod issue with its field, as a form shows it: by the field's label
 * where `fields` has one (the whole path first, then its first part), else by its path.
 */
export function zodIssueLine(
  issue: z.core.$ZodIssue,
  say: Say,
  parsed?: { input: unknown },
  fields: Readonly<Record<string, MessageKey>> = STORY_FORM_FIELDS,
): string {
  const path = pathString(issue.path);
  const label = fields[path] ?? fields[String(issue.path[0])];
  const where = label ? say.t(label, []) : path;
  return `${where ? `${where}: ` : ''}${issueText(issueDetail(issue, parsed), say)}`;
}

/** Where a text stops being JSON, in the interface's language. */
export function syntaxText(syntax: JsonSyntax, say: Say): string {
  const at = [say.format.number(syntax.line), say.format.number(syntax.column)];
  return say.t(syntax.end ? 'syntaxCutOff' : 'syntaxAt', at);
}
