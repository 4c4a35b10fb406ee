// A box for a table that can be wider than a narrow screen: the table scrolls inside it, not the page.
// While it scrolls, the box is a named, focusable group (not a landmark: a summary has dozens of these
// tables), so keyboard users can reach it and scroll it with the arrow keys; when the table fits, it adds
// no tab stop.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface TableScrollProps {
  /** The id of the element that names the table (its heading or caption). */
  labelledBy?: string;
  /** The table's name, when no element on screen carries it. */
  label?: string;
  children: ReactNode;
}

export function TableScroll({ labelledBy, label, children }: TableScrollProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={box}
      className="table-scroll"
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'group' : undefined}
      aria-labelledby={scrolls ? labelledBy : undefined}
      aria-label={scrolls && !labelledBy ? label : undefined}
    >
      {children}
    </div>
  );
}
