import { SheetReader } from "../reader";

/** PLACEHOLDER until the goals issue lands: recognises nothing. */
export const indicatorReader: SheetReader = {
  name: "indikatorer",
  read: () => ({ recognized: false, score: 0 }),
};

/** PLACEHOLDER until the goals issue lands: recognises nothing. */
export const goalSheetReader: SheetReader = {
  name: "mal",
  read: () => ({ recognized: false, score: 0 }),
};
