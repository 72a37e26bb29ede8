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
    pool: 'threads',
    // Component tests render whole pages in jsdom (the directory: 68 cards, about 2 s alone). On 2 busy
    // cores that took over the 5 s default once; the timeout only catches a hang, speed is measured elsewhere.
    testTimeout: 20_000,
  },
});
