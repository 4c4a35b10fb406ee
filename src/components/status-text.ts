// The words for answer statuses and severities, the same on every screen.
import type { ItemStatus } from '../domain/evaluate';
import type { Severity } from '../domain/rule-set';

export const statusLabel: Record<ItemStatus, string> = {
  met: 'Met',
  partial: 'Partly met',
  not_met: 'Not met',
  not_applicable: 'Not applicable',
  unanswered: 'Not answered yet',
};

export const severityLabel: Record<Severity, string> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
};
