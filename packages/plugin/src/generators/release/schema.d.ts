export interface ReleaseGeneratorSchema {
  projects?: string;
  bump?: string;
  date?: string;
}
