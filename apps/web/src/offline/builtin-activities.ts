import { ACTIVITY_CARDS, type Activity } from '@birge/domain';

/**
 * Birge's own activity cards, as the API would list them unedited: a chunk of its own, loaded
 * when a device has no copy of the server's library yet (first use offline). The service worker
 * precaches it with the app, so a phone that never reached `/activities` still has every card.
 */
export function builtinLibrary(): Activity[] {
  return ACTIVITY_CARDS.map((card) => ({
    ...card,
    retired: false,
    origin: 'builtin',
    updatedAt: '',
    updatedBy: null,
  }));
}
