// A plain link to the previous step's URL; the browser's own Back does the same.
import type { ReactNode } from 'react';
import './BackLink.css';

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="utrecht-link ww-back-link" href={href}>
      {children}
    </a>
  );
}
