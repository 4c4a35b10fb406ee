// The JavaScript a first visit loads, from Vite's build manifest: the entry chunk and its static imports,
// plus the lazily loaded chunks the first screen cannot show without (its route's code).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The app's first screen (the assessments list). It is bundled with the entry today; should it become a
 * lazily loaded route again, its chunk still counts as initial.
 */
export const appFirstScreen = ['src/features/assessments/assessments-page.tsx'];

export function initialChunks(distDir: string, firstScreen: readonly string[] = []): string[] {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const i of manifest[key]?.imports ?? []) visit(i);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  for (const source of firstScreen) {
    // Not a chunk of its own: the module is inside one already counted.
    const key = Object.keys(manifest).find((k) => k.endsWith(source));
    if (key) visit(key);
  }
  return [...seen].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
}

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function initialJsGzip(distDir: string, firstScreen: readonly string[] = []): { bytes: number; files: string[] } {
  const files = initialChunks(distDir, firstScreen);
  return { bytes: files.reduce((s, f) => s + gzipBytes(join(distDir, f)), 0), files };
}
