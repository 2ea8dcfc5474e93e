/**
 * What the sync layer needs to know about an entity, so later modules (assessments, plans,
 * visits) register theirs without new sync code. Entities the registry does not know are ignored
 * on pull, as the protocol asks.
 */
export type Data = Record<string, unknown>;

export interface EntityDefinition {
  name: string;
  /** Arrives by pull and is stored as a record (consents, for one, travel inside persons). */
  pulled: boolean;
  /** The household the record belongs to, to compose household pages from local records. */
  householdOf: (data: Data) => string | null;
  /** Ids of records carried inside this one, so they can be found from their own id. */
  refsOf?: (data: Data) => string[];
  /** The revision to send as baseRev for an edit of a record the server has. */
  baseRev?: (recordRev: number | null) => number | null;
  /**
   * Folds a later edit into an unsent create; null when the two must travel separately.
   * Without it, a later edit of an unsent create travels on its own.
   */
  mergeIntoCreate?: (create: Data, edit: Data) => Data | null;
}

export class EntityRegistry {
  readonly #entities = new Map<string, EntityDefinition>();

  register(definition: EntityDefinition): this {
    this.#entities.set(definition.name, definition);
    return this;
  }

  get(name: string): EntityDefinition | undefined {
    return this.#entities.get(name);
  }

  isPulled(name: string): boolean {
    return this.#entities.get(name)?.pulled === true;
  }
}
