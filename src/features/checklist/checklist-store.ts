// UI state of the checklist (filters and field-focus requests); saved answers never live here.
import { create } from 'zustand';
import type { Severity } from '../../domain/rule-set';

export type ShowFilter = 'all' | 'unanswered' | 'gaps';
export type FocusableField = 'note' | 'naReason';

interface ChecklistUiState {
  show: ShowFilter;
  /** Severities to show; empty means all. */
  severities: Severity[];
  /** A request to move keyboard focus into one field of one item (consumed by that item). */
  fieldFocus: { itemId: string; field: FocusableField; nonce: number } | null;
  setShow: (show: ShowFilter) => void;
  toggleSeverity: (severity: Severity) => void;
  clearFilters: () => void;
  requestFieldFocus: (itemId: string, field: FocusableField) => void;
}

export const useChecklistUi = create<ChecklistUiState>((set) => ({
  show: 'all',
  severities: [],
  fieldFocus: null,
  setShow: (show) => set({ show }),
  toggleSeverity: (severity) =>
    set((s) => ({ severities: s.severities.includes(severity) ? s.severities.filter((x) => x !== severity) : [...s.severities, severity] })),
  clearFilters: () => set({ show: 'all', severities: [] }),
  requestFieldFocus: (itemId, field) => set((s) => ({ fieldFocus: { itemId, field, nonce: (s.fieldFocus?.nonce ?? 0) + 1 } })),
}));
