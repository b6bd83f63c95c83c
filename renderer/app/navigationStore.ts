import { create } from 'zustand';

export const screenIds = ['overview', 'assign', 'register', 'purchases', 'servers', 'import', 'findings', 'export'] as const;
export type ScreenId = (typeof screenIds)[number];

export interface NavigationState {
  screen: ScreenId;
  go(screen: ScreenId): void;
}

/** In-app routing: which of the eight screens is shown. */
export const useNavigationStore = create<NavigationState>()((set) => ({
  screen: 'overview',
  go: (screen) => set({ screen }),
}));
