// Types of random.mjs for generate.ts and the tests.
export function seededRandom(seed: number): () => number;
