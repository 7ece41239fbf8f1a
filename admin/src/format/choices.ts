// Label maps (enum value → words) as react-admin choices and as text.

/** react-admin `choices` from a label map. */
export function choicesOf(labels: Record<string, string>): { id: string; name: string }[] {
  return Object.entries(labels).map(([id, name]) => ({ id, name }));
}

/** Labels of a list of enum values, joined. */
export function labelList<T extends string>(values: readonly T[] | null | undefined, labels: Record<T, string>): string {
  return (values ?? []).map((v) => labels[v] ?? v).join(', ');
}
