// Ask the browser to keep this site's data for good, once the user has saved something worth keeping.
import { requestPersistentStorage } from '../components/storage-state';
import { useSaveStatus } from '../stores/save-status';

/**
 * Browsers may evict "best-effort" storage under pressure. Asking at the first successful save (rather
 * than on page load) means the request comes when there is data to protect; Chromium grants it silently
 * for engaged or installed sites, Firefox asks the user.
 */
export function persistStorageAfterFirstSave(): () => void {
  let asked = false;
  const unsubscribe = useSaveStatus.subscribe((s) => {
    if (asked || s.state.kind !== 'saved') return;
    asked = true;
    void requestPersistentStorage();
    unsubscribe();
  });
  return unsubscribe;
}
