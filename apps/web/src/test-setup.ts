import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
import '@testing-library/jest-dom/vitest';

// As main.tsx does for the real page.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
