/**
 * The one resolver of region and entity names as users type them (the dataset's entities and Kolada's 21
 * regions both use it): tolerant of case, diacritics, "Region …" and "… län", county letters and codes. An
 * unknown name fails as unknownEntity with the closest name as "Menade du …?".
 */
import { fail } from "./errors";
import { clip, closest, fold, SEARCH_MAX } from "./text";

/** How much of an unknown name an error message repeats. */
export const ECHO_MAX = 60;

export class NameIndex<T extends { name: string }> {
  private readonly keys = new Map<string, T>();
  private readonly names: string[];

  /** `keys`: every spelling that finds an item; `names`: the spellings a suggestion is chosen from. */
  constructor(items: readonly T[], keys: (item: T) => readonly (string | undefined)[], names: (item: T) => readonly string[]) {
    for (const item of items) for (const k of keys(item)) if (k) this.keys.set(fold(k), item);
    this.names = items.flatMap(names);
  }

  /** The item for a spelling, or undefined when none matches (longer input than any name is not searched). */
  find(input: string): T | undefined {
    if (input.length > SEARCH_MAX) return undefined;
    const key = fold(input);
    return this.keys.get(key) ?? this.keys.get(key.replace(/^region /, "").replace(/ lans?$/, ""));
  }

  /** The name of the item closest to an unknown input ("Region Kalmr" → the item of "Kalmar"), if any is close. */
  suggest(input: string): string | undefined {
    const near = closest(input.replace(/^\s*region\s+/i, ""), this.names) ?? closest(input, this.names);
    return near === undefined ? undefined : this.find(near)?.name;
  }

  /** Like find, but an unknown name fails with a suggestion and what is `available`. */
  resolve(input: string, available: () => string): T {
    const hit = this.find(input);
    if (hit) return hit;
    return fail("unknownEntity", { input: clip(input, ECHO_MAX), suggestion: this.suggest(input), available: available() });
  }
}
