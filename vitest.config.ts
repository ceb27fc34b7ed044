import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Tests that build ONNX models or start servers are CPU-heavy; two cores, two workers.
    maxWorkers: 2,
  },
});
