/** One file on which our parser and the library read something different. */
export interface Disagreement {
  file: string;
  what: string;
  ours: string;
  library: string;
}

/** What a comparison of two parsers over a set of files found. */
export interface Tally {
  files: number;
  /** Files our parser rejects. */
  rejected: number;
  /** Values and keys (JSON) or fields (CSV) compared on the files both accept. */
  compared: number;
  /** One accepts the file, the other rejects it. */
  verdict: Disagreement[];
  /** Both reject it, at different places. */
  errorPlace: Disagreement[];
  /** Both accept it and read different values or records. */
  values: Disagreement[];
  /** Both accept it and place a value, key or record differently. */
  places: Disagreement[];
}

/** Every disagreement of a tally, in the order of the table. */
export function disagreements(tally: Tally): Disagreement[] {
  return [...tally.verdict, ...tally.errorPlace, ...tally.values, ...tally.places];
}

/** The two texts around the first character where they differ. */
export function describeDifference(ours: string, library: string): [ours: string, library: string] {
  let i = 0;
  while (i < ours.length && ours[i] === library[i]) i++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, i - 20), i + 30));
  return [`…${around(ours)}…`, `…${around(library)}…`];
}
