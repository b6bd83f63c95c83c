import { create } from 'zustand';
import type { HelpTopic } from '../../../shared/help';

export interface HelpState {
  /** The section to bring into view when the help page shows; null shows the top. */
  topic: HelpTopic | null;
  /** Bumped on every request, so asking for the same topic twice scrolls again. */
  request: number;
  show(topic: HelpTopic | null): void;
}

export const useHelpStore = create<HelpState>()((set) => ({
  topic: null,
  request: 0,
  show: (topic) => set((s) => ({ topic, request: s.request + 1 })),
}));
