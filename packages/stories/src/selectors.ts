import { z } from 'zod';
import { SELECTOR_CONTEXT_LENGTH, type Selector, type TextPositionSelector, type TextQuoteSelector } from './text-range.js';

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().max(SELECTOR_CONTEXT_LENGTH),
  suffix: z.string().max(SELECTOR_CONTEXT_LENGTH),
}) satisfies z.ZodType<TextQuoteSelector>;

export const TextPositionSelectorSchema = z
  .strictObject({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end > s.start, {
    message: 'end must be after start',
    path: ['end'],
    params: { problem: 'end-before-start' },
  }) satisfies z.ZodType<TextPositionSelector>;

export const SelectorSchema = z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema]) satisfies z.ZodType<Selector>;
