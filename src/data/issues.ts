/** One problem found in a dataset: where it is (a JSON path such as `stances[12].sourceIds[0]`) and what is wrong. */
export interface DataIssue {
  path: string;
  message: string;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out === '' ? '(root)' : out;
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.path}: ${issue.message}`;
}
