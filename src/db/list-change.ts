// Changes to the list of assessments itself (one created, deleted, imported, restored or exported), for
// views that read the list less often than every change (the backup reminder's list, src/db/live-lazy.ts).
const listeners = new Set<() => void>();

export function onListChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceListChange(): void {
  for (const listener of listeners) listener();
}
