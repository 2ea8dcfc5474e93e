/**
 * Operations whose code loads on first use: each named method forwards to the object `load`
 * resolves (loaded once; a failed load is tried again at the next call). The first screen then
 * carries the method names only, not their implementations (decision 0013).
 */
export function deferred<T, K extends keyof T>(
  load: () => Promise<T>,
  names: readonly K[],
): Pick<T, K> {
  let loading: Promise<T> | null = null;
  const forward =
    (name: K) =>
    async (...args: unknown[]): Promise<unknown> => {
      loading ??= load().catch((error: unknown) => {
        loading = null;
        throw error;
      });
      return ((await loading)[name] as (...a: unknown[]) => unknown)(...args);
    };
  return Object.fromEntries(names.map((name) => [name, forward(name)])) as unknown as Pick<T, K>;
}
