/**
 * The form field a server error belongs to: the graph names input fields by path (`input.summary`,
 * `input.goals.0.description`, `expectedVersion`); forms name them by their last part, with a list's
 * index dropped (`summary`, `goals.description`).
 */
export function formField(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field
    .replace(/^input\./, '')
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}
