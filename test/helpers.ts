import fs from "fs";
import path from "path";

export const SEEDS = path.resolve(__dirname, "../../shared/seeds");
export const seedsPresent = fs.existsSync(SEEDS);

/** Whitespace-folded text of a report, as the excerpts are compared. */
export function reportText(file: string): string {
  return fs.readFileSync(path.join(SEEDS, file), "utf8").replace(/\s+/g, " ");
}
export const norm = (s: string) => s.replace(/\s+/g, " ").trim();
