/**
 * The one gate every dataset passes through, whether shipped, picked from disk or fetched: text or
 * value in, either a valid `Summit` or a non-empty list of every problem found. It never throws.
 */
import * as z from 'zod/mini';
import { formatPath, type DataIssue } from './issues';
import { summitSchema, type Summit } from './schema';
import { validateSummit } from './validateSummit';

export type ParseResult = { ok: true; summit: Summit } | { ok: false; issues: DataIssue[] };

/** Files above this size are refused before parsing, so a huge file cannot freeze the page. */
export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

const MAX_REPORTED_ISSUES = 500;

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received =
      issue.input === undefined ? 'missing' : issue.input === null ? 'null' : typeof issue.input;
    if (received === 'missing') return `is missing (expected ${issue.expected})`;
    return `expected ${issue.expected}, found ${Array.isArray(issue.input) ? 'array' : received}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return issue.values.length === 1 ? `must be ${allowed}` : `must be one of ${allowed}`;
  }
  return issue.message;
}

export function parseSummitValue(value: unknown): ParseResult {
  try {
    const shape = summitSchema.safeParse(value, { reportInput: true });
    if (!shape.success) {
      const issues = shape.error.issues
        .slice(0, MAX_REPORTED_ISSUES)
        .map((issue) => ({ path: formatPath(issue.path), message: describeZodIssue(issue) }));
      return { ok: false, issues };
    }
    const issues = validateSummit(shape.data);
    return issues.length > 0
      ? { ok: false, issues: issues.slice(0, MAX_REPORTED_ISSUES) }
      : { ok: true, summit: shape.data };
  } catch (error) {
    // Deeply nested input can overflow the stack inside the validator; report it rather than crash.
    return { ok: false, issues: [{ path: '(root)', message: `could not be checked: ${String(error)}` }] };
  }
}

export function parseSummitText(text: string): ParseResult {
  if (text.length > MAX_DATASET_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      issues: [
        {
          path: '(root)',
          message: `the file is ${mb} MB; the limit is ${MAX_DATASET_BYTES / 1024 / 1024} MB`,
        },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '(root)', message: `is not valid JSON (${detail})` }] };
  }
  return parseSummitValue(value);
}
