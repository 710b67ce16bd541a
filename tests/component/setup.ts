import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { resetRenderer } from './pust-in-memory';

// The renderer's state is module-wide, as in the app: every test starts from a fresh window.
afterEach(resetRenderer);
