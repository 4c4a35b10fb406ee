// Handing a file to the browser as a download, and the plain part of the file names the app gives.

/** A company name as a lower-case ASCII file-name part: "Lumen Diagnostics S.à r.l." → "lumen-diagnostics-s-a-r-l". */
export function fileNameSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
}

/** Save `blob` through the browser's download, as `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoking at once can cancel the download in some browsers; a minute is plenty to hand it over.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
