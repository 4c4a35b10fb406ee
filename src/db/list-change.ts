// Changes to the list of assessments itself (one created, deleted, imported, restored or exported), for
// views that read the list less often than every change (the backup reminder, src/db/live.ts).
const listeners = new Set<() => void>();

export function onListChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceListChange(): void {
  for (const listener of listeners) listener();
}
