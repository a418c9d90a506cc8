import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'node',
    // Unit specs sit beside the code they test; integration suites under tests/.
    include: [
      'collections/**/*.spec.ts',
      'globals/**/*.spec.ts',
      'plugins/**/*.spec.ts',
      'seed/**/*.spec.ts',
      'src/**/*.spec.ts',
      'tests/**/*.spec.ts',
    ],
    globalSetup: ['tests/setup/globalSetup.ts'],
    // Each test file boots its own Payload; two at a time matches the two cores CI has.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
