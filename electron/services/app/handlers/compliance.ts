import type { FeatureHandlers } from '../../../../shared/contract';
import type { complianceContract } from '../../../../shared/contracts/compliance';
import { complianceView, setCountSharedMailboxes } from '../../ledger/compliance';
import { localDate } from '../../ledger/ledger';
import type { AppContext } from '../context';

export function complianceHandlers(ctx: AppContext): FeatureHandlers<typeof complianceContract> {
  const today = () => localDate(ctx.registerDeps.now());
  return {
    complianceReport: ({ asOf }) => complianceView(ctx.session.require(), asOf ?? today()),
    complianceSettings: ({ countSharedMailboxes }) => {
      const register = ctx.session.require();
      setCountSharedMailboxes(register, countSharedMailboxes);
      return complianceView(register, today());
    },
  };
}
