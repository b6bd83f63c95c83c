import { client } from '../api/client';
import { useSessionStore } from '../app/sessionStore';

/** Re-reads the register status after a change so the Overview's counts stay true. */
export async function refreshRegisterStatus(): Promise<void> {
  const status = await client.registerStatus({});
  if (status.ok) useSessionStore.getState().applyStatus(status.value);
}
