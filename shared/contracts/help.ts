import { z } from 'zod';
import { registerStatusSchema } from './register';

const none = z.object({}).strict();

export const helpContract = {
  /** (Re-)creates the sample register in the app data folder and opens it (Help ▸ Open sample register). */
  sampleOpen: { input: none, output: registerStatusSchema },
} as const;
