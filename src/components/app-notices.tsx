// The notices above every screen: where the data lives (first visit) and the backup reminder.
import { BackupReminder } from './backup-reminder';
import { DataNotice } from './data-notice';
import './app-notices.css';

export function AppNotices() {
  return (
    <div className="app-notices">
      <DataNotice />
      <BackupReminder />
    </div>
  );
}
