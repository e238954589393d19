import { SheetReader } from "../reader";

/** PLACEHOLDER until the financial reader lands: recognises nothing. */
export const financialReader: SheetReader = {
  name: "financial",
  read: () => ({ recognized: false, score: 0 }),
};
