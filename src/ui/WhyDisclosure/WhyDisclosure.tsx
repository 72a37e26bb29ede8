// A native <details>: opens and closes without JavaScript, and screen readers know it.
import type { ReactNode } from 'react';
import './WhyDisclosure.css';

export function WhyDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="ww-why">
      <summary className="ww-why__summary">{summary}</summary>
      <div className="ww-why__body">{children}</div>
    </details>
  );
}
