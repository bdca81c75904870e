import { z } from 'zod';

/** An element's name in the export, shared by the export's schemas. */
export const name = z.string().describe("An element name as written in the plan (`Plan.Element` for another plan's element).");
