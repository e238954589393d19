import { promises as fs } from "fs";
import * as path from "path";

/** One command-line argument expanded to the workbooks it names, or why it names none. */
export type Expanded = { files: string[] } | { error: { sv: string; en: string } };

function isLockFile(name: string): boolean {
  // Excel's owner files (~$Bok.xlsx) sit beside an open workbook and are not workbooks.
  return name.startsWith("~$");
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "sv"));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && /\.xlsx$/i.test(e.name) && !isLockFile(e.name)) out.push(full);
  }
}

/** A file argument is taken as given (whatever its extension, so a wrong file gets a clear message); a folder is searched. */
export async function expandPath(arg: string): Promise<Expanded> {
  let stat;
  try {
    stat = await fs.stat(arg);
  } catch {
    return { error: { sv: `${arg} finns inte.`, en: `${arg} does not exist.` } };
  }
  if (!stat.isDirectory()) return { files: [arg] };
  const files: string[] = [];
  try {
    await walk(arg, files);
  } catch {
    return { error: { sv: `Mappen ${arg} kan inte läsas.`, en: `The folder ${arg} cannot be read.` } };
  }
  if (files.length === 0) return { error: { sv: `Mappen ${arg} innehåller inga .xlsx-filer.`, en: `The folder ${arg} contains no .xlsx files.` } };
  return { files };
}
