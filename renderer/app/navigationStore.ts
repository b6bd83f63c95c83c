import { create } from 'zustand';

export const screenIds = ['overview', 'assign', 'register', 'purchases', 'servers', 'import', 'findings', 'export', 'help'] as const;
export type ScreenId = (typeof screenIds)[number];

export interface NavigationState {
  screen: ScreenId;
  go(screen: ScreenId): void;
}

/** In-app routing: which screen is shown (the eight of DESIGN.md and Help). */
export const useNavigationStore = create<NavigationState>()((set) => ({
  screen: 'overview',
  go: (screen) => set({ screen }),
}));
