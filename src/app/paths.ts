// Every route's path in one place.
export const paths = {
  home: '/',
  settings: '/settings',
  rules: '/rules',
  /** The glossary on the rules page, or one term in it. */
  glossary: (term?: string) => (term ? `/rules#term-${encodeURIComponent(term)}` : '/rules#glossary'),
  classify: (assessmentId?: string) => (assessmentId ? `/classify?assessment=${encodeURIComponent(assessmentId)}` : '/classify'),
  profile: (id: string) => `/a/${id}/profile`,
  area: (id: string, areaId: string, itemId?: string) => `/a/${id}/area/${areaId}${itemId ? `?item=${encodeURIComponent(itemId)}` : ''}`,
  summary: (id: string) => `/a/${id}/summary`,
  progress: (id: string, snapshotId?: string) => `/a/${id}/progress${snapshotId ? `?since=${encodeURIComponent(snapshotId)}` : ''}`,
  coach: (id: string, areaId: string) => `/a/${id}/coach/${areaId}`,
} as const;
