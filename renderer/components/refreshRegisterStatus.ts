import type { RegisterStatus } from '../../shared/contracts/register';
import { client } from '../api/client';
import { useSessionStore } from '../app/sessionStore';

/** Re-reads the register status after a change so the Overview's counts stay true; gives it back (null when main could not say). */
export async function refreshRegisterStatus(): Promise<RegisterStatus | null> {
  const status = await client.registerStatus({});
  if (!status.ok) return null;
  useSessionStore.getState().applyStatus(status.value);
  return status.value;
}
