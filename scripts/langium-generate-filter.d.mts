/** The generator's output lines without the intended repeats, and how many were left out. */
export function filterGeneratorOutput(lines: readonly string[], intended: readonly string[]): { kept: string[]; left: number };
