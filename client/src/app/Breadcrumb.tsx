import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: ReactNode;
  to: string;
}

/**
 * The trail above a page's title: "My boards", then the given links, then the current page
 * (marked aria-current, not a link). One place for the landmark and its markup on every page.
 */
export function Breadcrumb({ trail, current }: { trail: Crumb[]; current: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {[{ label: 'My boards', to: '/boards' }, ...trail].map((crumb) => (
          <li key={crumb.to}>
            <Link to={crumb.to}>{crumb.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
