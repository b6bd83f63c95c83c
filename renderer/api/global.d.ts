import type { CalRegisterBridge } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by electron/preload through contextBridge; absent in a plain browser. */
    calRegister?: CalRegisterBridge;
  }
}

export {};
