// Shared by the language tests: catalogs flattened to "a.b.c" keys, and bare keys left on a screen.

export type CatalogTree = { [key: string]: string | CatalogTree };

/** A nested catalog as a map from dotted key to text. */
export function flattenCatalog(tree: CatalogTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flattenCatalog(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Catalog keys such as "filters.gaps" or "options.roles.importer.label" shown instead of their text. */
const keyLike = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+)+$/;

/**
 * Text nodes and accessible names (aria-label, title, placeholder) on the page that are bare
 * translation keys. Text inside <code> is left out: item ids such as "gone.item" are shown there on purpose.
 */
export function rawKeys(root: ParentNode & Node = document.body): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (keyLike.test(text) && !node.parentElement?.closest('code')) found.push(text);
  }
  for (const el of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const name of ['aria-label', 'placeholder', 'title']) {
      const value = el.getAttribute(name)?.trim();
      if (value && keyLike.test(value)) found.push(value);
    }
  }
  return found;
}
