import { z } from 'zod';

// zod 4 probes `new Function` to decide whether to JIT its parsers; our CSP forbids eval, so the
// probe is reported as a violation. This module must be the first import of main.tsx, before
// any schema in shared/ is built.
z.config({ jitless: true });
