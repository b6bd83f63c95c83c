import { join } from 'node:path';
import type { FeatureHandlers } from '../../../../shared/contract';
import type { helpContract } from '../../../../shared/contracts/help';
import { createSampleRegister, SAMPLE_REGISTER_FOLDER } from '../../sample/sample-register';
import type { AppContext } from '../context';
import { switchAndRemember } from './register';

export function helpHandlers(ctx: AppContext): FeatureHandlers<typeof helpContract> {
  return {
    sampleOpen: async () => {
      const dir = join(ctx.options.appDataDir, SAMPLE_REGISTER_FOLDER);
      // The sample may be the open register: its lock is released before it is re-created.
      const before = ctx.session.leave();
      let register;
      try {
        register = await createSampleRegister(dir, ctx.registerDeps);
      } catch (error) {
        // Leave the user where they were rather than with no register open.
        ctx.session.reinstate(before);
        throw error;
      }
      return switchAndRemember(ctx, dir, () => register);
    },
  };
}
