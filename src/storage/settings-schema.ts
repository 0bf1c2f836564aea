/**
 * The user's settings (options page): which built-in news sites are off, which sites the user
 * added, which marks to show, and the colour scheme. One versioned object under one key of
 * `browser.storage.local`, so the content script reads everything it needs in a single get.
 *
 * Pure (valibot only, no browser API): the background validates patches with it, the options page
 * and the content script's pipeline read through it, and the protocol reuses the patch schema.
 * Reading is lenient field by field: a stored object with one bad field keeps the others, so a
 * bug or a hand-edited profile never silently resets everything.
 */
import * as v from 'valibot';
import { ACTOR_KINDS, STANCES, type ActorKind, type Stance } from '../core/types';

import { SETTINGS_KEY } from './settings-site';

export { SETTINGS_KEY };
export const SETTINGS_VERSION = 1;

/** Colour schemes of the marks: highlights.css has one set of `::highlight()` rules per scheme. */
export const COLOUR_SCHEMES = ['default', 'colour-blind', 'high-contrast'] as const;
export type ColourScheme = (typeof COLOUR_SCHEMES)[number];

/** Bounds: a settings object stays a few kilobytes whatever a message or an import says. */
export const MAX_SITES = 500;
const MAX_HOST = 253;
const MAX_PATTERN = 300;

export interface MarkSettings {
  /** Show actor marks at all. */
  actors: boolean;
  /** Show precondition marks at all. */
  preconditions: boolean;
  /** Actor kinds not to mark (when `actors` is on). */
  hiddenActorKinds: ActorKind[];
  /** Precondition stances not to mark (when `preconditions` is on). */
  hiddenStances: Stance[];
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Built-in sites (as the options page lists them, "reuters.com") the user switched off. */
  disabledSites: string[];
  /** Match patterns of sites the user added ("https://*.example.com/*"), each with its host permission. */
  addedSites: string[];
  marks: MarkSettings;
  scheme: ColourScheme;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: SETTINGS_VERSION,
  disabledSites: [],
  addedSites: [],
  marks: { actors: true, preconditions: true, hiddenActorKinds: [], hiddenStances: [] },
  scheme: 'default',
}) as Settings;

/** A fresh, mutable copy of the defaults. */
export const defaultSettings = (): Settings => structuredClone(DEFAULT_SETTINGS);

const Host = v.pipe(v.string(), v.maxLength(MAX_HOST), v.regex(/^[a-z0-9.-]+$/, 'is not a host name'));
const Pattern = v.pipe(
  v.string(),
  v.maxLength(MAX_PATTERN),
  v.regex(/^https?:\/\/(\*\.)?[a-z0-9.[\]:-]+\/\*$/, 'is not a site pattern'),
);
const uniqueList = <T extends v.GenericSchema<unknown, string>>(item: T) =>
  v.pipe(
    v.array(item),
    v.maxLength(MAX_SITES),
    v.transform((xs) => [...new Set(xs)]),
  );

const MarksSchema = v.object({
  actors: v.boolean(),
  preconditions: v.boolean(),
  hiddenActorKinds: v.pipe(
    v.array(v.picklist(ACTOR_KINDS)),
    v.transform((xs) => [...new Set(xs)]),
  ),
  hiddenStances: v.pipe(
    v.array(v.picklist(STANCES)),
    v.transform((xs) => [...new Set(xs)]),
  ),
});

/** Each field's schema, used both for reading (lenient) and for patches (strict). */
const FIELDS = {
  disabledSites: uniqueList(Host),
  addedSites: uniqueList(Pattern),
  marks: MarksSchema,
  scheme: v.picklist(COLOUR_SCHEMES),
} as const;

/** What an extension page may change in one `settings-update` message: any subset of the fields. */
export const SettingsPatchSchema = v.strictObject({
  disabledSites: v.optional(FIELDS.disabledSites),
  marks: v.optional(MarksSchema),
  scheme: v.optional(FIELDS.scheme),
});
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

/** The complete, strict schema (an export file's `settings`). */
export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  ...FIELDS,
});

/**
 * Older shapes, upgraded step by step. Version 0 is the options page before settings existed (no
 * object at all) and any object without a version: its fields are read as far as they are valid.
 */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {
  0: (raw) => ({ ...raw, version: 1 }),
};

/**
 * Any stored value to valid Settings: absent or garbage gives the defaults, an older version is
 * migrated, a newer version is read as far as its fields are understood, and each invalid field
 * falls back to its default alone.
 */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaultSettings();
  let obj = raw as Record<string, unknown>;
  let version = typeof obj.version === 'number' && Number.isInteger(obj.version) ? obj.version : 0;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    obj = step(obj);
    version++;
  }
  const out = defaultSettings();
  const field = <K extends keyof typeof FIELDS>(key: K) => {
    const r = v.safeParse(FIELDS[key], obj[key]);
    if (r.success) (out as unknown as Record<K, unknown>)[key] = r.output;
  };
  field('disabledSites');
  field('addedSites');
  field('marks');
  field('scheme');
  return out;
}

/** Applies a validated patch. */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...(patch.disabledSites ? { disabledSites: patch.disabledSites } : {}),
    ...(patch.marks ? { marks: patch.marks } : {}),
    ...(patch.scheme ? { scheme: patch.scheme } : {}),
  };
}

/** True when marks of this actor kind / stance are shown under `marks`. */
export function showsActor(marks: MarkSettings, kind: ActorKind): boolean {
  return marks.actors && !marks.hiddenActorKinds.includes(kind);
}
export function showsStance(marks: MarkSettings, stance: Stance): boolean {
  return marks.preconditions && !marks.hiddenStances.includes(stance);
}
