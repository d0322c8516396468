export interface ReleaseGeneratorSchema {
  projects?: string;
  /** A number when the command line parsed one (e.g. `--bump=1.0` arrives as 1). */
  bump?: string | number;
  date?: string;
}
