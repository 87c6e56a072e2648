/**
 * Hands a file to the browser's download, as a link with `download` does: no `downloads`
 * permission needed. The object URL is released once the download has had time to start.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `vertelpunt-verhalen-2026-11-23.csv`: the local date, so files sort and do not collide within a day's work. */
export function datedFilename(stem: string, extension: string, at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `vertelpunt-${stem}-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.${extension}`;
}
