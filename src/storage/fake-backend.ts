/**
 * An in-memory `browser.storage` for unit tests: same async shape, change events, and an optional
 * byte quota so quota handling can be tested without a browser.
 */
import type { AreaName, StorageAreaLike, StorageBackend, StorageChangeLike } from './item';

type Listener = (changes: Record<string, StorageChangeLike>, areaName: string) => void;

export interface FakeBackend extends StorageBackend {
  data: Record<AreaName, Map<string, unknown>>;
  /** Max JSON bytes per area; a write past it rejects the way Chrome does. */
  quota: Partial<Record<AreaName, number>>;
}

export function createFakeBackend(): FakeBackend {
  const data: Record<AreaName, Map<string, unknown>> = { local: new Map(), session: new Map() };
  const quota: Partial<Record<AreaName, number>> = {};
  const listeners = new Set<Listener>();
  const emit = (changes: Record<string, StorageChangeLike>, area: AreaName) => {
    if (Object.keys(changes).length > 0) for (const l of [...listeners]) l(changes, area);
  };
  const size = (m: Map<string, unknown>) => {
    let n = 0;
    for (const [k, v] of m) n += k.length + JSON.stringify(v).length;
    return n;
  };
  const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

  const area = (name: AreaName): StorageAreaLike => ({
    async get(keys) {
      const m = data[name];
      const wanted =
        keys === null || keys === undefined ? [...m.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of wanted) if (m.has(k)) out[k] = clone(m.get(k));
      return out;
    },
    async set(items) {
      const m = data[name];
      const next = new Map(m);
      for (const [k, v] of Object.entries(items)) next.set(k, clone(v));
      const limit = quota[name];
      if (limit !== undefined && size(next) > limit) {
        throw new Error('Resource::kQuotaBytes quota exceeded');
      }
      const changes: Record<string, StorageChangeLike> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: clone(m.get(k)), newValue: clone(v) };
        m.set(k, clone(v));
      }
      emit(changes, name);
    },
    async remove(keys) {
      const m = data[name];
      const changes: Record<string, StorageChangeLike> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (m.has(k)) changes[k] = { oldValue: clone(m.get(k)) };
        m.delete(k);
      }
      emit(changes, name);
    },
  });

  return {
    data,
    quota,
    area,
    onChanged: {
      addListener: (cb) => listeners.add(cb),
      removeListener: (cb) => listeners.delete(cb),
    },
  };
}
