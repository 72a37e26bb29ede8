import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { flowPlugin } from './src/build/flow-plugin.ts';

export default defineConfig({
  plugins: [react(), flowPlugin()],
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Each test file in a fresh VM context of a worker thread: as isolated as a thread per file, without
    // starting one per file. The unit stage: 172 s (threads) -> 125 s on this 2-core machine, same 959 tests.
    // Vitest's caveat: Node's built-in modules keep their own globals (an error from `fs` is not the test's
    // `Error`); no test here depends on that.
    pool: 'vmThreads',
    // Component tests render whole pages in jsdom (the directory: 68 cards, about 2 s alone). On 2 busy
    // cores that took over the 5 s default once; the timeout only catches a hang, speed is measured elsewhere.
    testTimeout: 20_000,
  },
});
