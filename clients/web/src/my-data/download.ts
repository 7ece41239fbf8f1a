/** The file name of a personal-data download: `caregraph-my-data-2026-11-29.json`. */
export function exportFileName(generatedAt: string): string {
  return `caregraph-my-data-${generatedAt.slice(0, 10)}.json`;
}

/** Offers `data` to the person as a JSON file download (nothing leaves the browser). */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
