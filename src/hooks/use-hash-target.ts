// Bring the element named by the URL's #fragment into view and focus, once the screen has rendered it
// (the router does not do this for client-side navigation, e.g. a checklist term's link to the glossary).
import { useEffect } from 'react';
import { useLocation } from 'react-router';

export function useHashTarget(ready = true): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'start' });
    // Focus tells screen-reader and keyboard users where they arrived; the scroll is already done.
    target.focus({ preventScroll: true });
  }, [hash, ready]);
}
