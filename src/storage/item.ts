/**
 * Typed storage items, one per key, in the manner of fregante's webext-storage: each item knows its
 * area, key and how to validate what it reads, and offers `get/set/remove/onChanged(cb, signal)`.
 * The backend is injected so the same code runs on `browser.storage` in the extension and on an
 * in-memory fake in unit tests.
 */

export type AreaName = 'local' | 'session';

/** The part of `browser.storage.<area>` the items use. */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

type ChangeListener = (changes: Record<string, StorageChangeLike>, areaName: string) => void;

/** The part of `browser.storage` the items use. */
export interface StorageBackend {
  area(name: AreaName): StorageAreaLike;
  onChanged: {
    addListener(cb: ChangeListener): void;
    removeListener(cb: ChangeListener): void;
  };
}

/** Turns stored data into a T, or null when it is not one (old schema, tampering, a bug). */
export type Parse<T> = (raw: unknown) => T | null;

/** Thrown by `set` when the area is full, so callers can prune and retry or tell the user. */
export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError';
  constructor(
    readonly area: AreaName,
    readonly keys: string[],
    options?: { cause?: unknown },
  ) {
    super(`Parley: the browser's ${area} storage is full; could not write ${keys.join(', ')}`, options);
  }
}

/**
 * Chrome rejects with "QUOTA_BYTES quota exceeded" / "Resource::kQuotaBytes quota exceeded",
 * Firefox with a QuotaExceededError DOMException.
 */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof StorageQuotaError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  const message = (error as { message?: unknown } | null)?.message;
  if (name === 'QuotaExceededError') return true;
  return typeof message === 'string' && /quota/i.test(message);
}

export interface Item<T> {
  readonly area: AreaName;
  readonly key: string;
  /** The stored value, or undefined when absent or invalid. */
  get(): Promise<T | undefined>;
  /** Writes the value; rejects with StorageQuotaError when the area is full. */
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls `cb` on every change of this key until `signal` aborts. */
  onChanged(cb: (value: T | undefined, old: T | undefined) => void, signal?: AbortSignal): void;
}

export interface ItemFamily<T, Id> {
  readonly area: AreaName;
  readonly prefix: string;
  /** The item stored under `prefix + id`. */
  of(id: Id): Item<T>;
  /** Every valid entry of the family, with the id part of its key. */
  entries(): Promise<Array<{ key: string; id: string; value: T }>>;
  /** Removes several members at once. */
  removeMany(ids: Id[]): Promise<void>;
  /** A member's value read by other means (a page's early read), validated as `of(id).get()` does. */
  parse(raw: unknown): T | undefined;
}

export interface Storage {
  item<T>(area: AreaName, key: string, parse: Parse<T>): Item<T>;
  family<T, Id extends string | number>(area: AreaName, prefix: string, parse: Parse<T>): ItemFamily<T, Id>;
}

/** Builds typed items over a backend (the real `browser.storage` or a test fake). */
export function createStorage(backend: StorageBackend): Storage {
  const parseOrUndefined = <T>(parse: Parse<T>, raw: unknown): T | undefined =>
    raw === undefined ? undefined : (parse(raw) ?? undefined);

  async function write(area: AreaName, items: Record<string, unknown>): Promise<void> {
    try {
      await backend.area(area).set(items);
    } catch (error) {
      if (isQuotaError(error)) throw new StorageQuotaError(area, Object.keys(items), { cause: error });
      throw error;
    }
  }

  function item<T>(area: AreaName, key: string, parse: Parse<T>): Item<T> {
    return {
      area,
      key,
      async get() {
        const got = await backend.area(area).get(key);
        return parseOrUndefined(parse, got[key]);
      },
      set: (value) => write(area, { [key]: value }),
      remove: () => backend.area(area).remove(key),
      onChanged(cb, signal) {
        if (signal?.aborted) return;
        const listener: ChangeListener = (changes, areaName) => {
          const change = changes[key];
          if (areaName !== area || !change) return;
          cb(parseOrUndefined(parse, change.newValue), parseOrUndefined(parse, change.oldValue));
        };
        backend.onChanged.addListener(listener);
        signal?.addEventListener('abort', () => backend.onChanged.removeListener(listener), { once: true });
      },
    };
  }

  function family<T, Id extends string | number>(
    area: AreaName,
    prefix: string,
    parse: Parse<T>,
  ): ItemFamily<T, Id> {
    return {
      area,
      prefix,
      of: (id) => item(area, prefix + String(id), parse),
      async entries() {
        const all = await backend.area(area).get(null);
        const out: Array<{ key: string; id: string; value: T }> = [];
        for (const [key, raw] of Object.entries(all)) {
          if (!key.startsWith(prefix)) continue;
          const value = parse(raw);
          if (value !== null) out.push({ key, id: key.slice(prefix.length), value });
        }
        return out;
      },
      async removeMany(ids) {
        if (ids.length > 0) await backend.area(area).remove(ids.map((id) => prefix + String(id)));
      },
      parse: (raw) => parseOrUndefined(parse, raw),
    };
  }

  return { item, family };
}
