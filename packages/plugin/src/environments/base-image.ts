import { LABEL_PREFIX } from './labels';

/** Debian suites the offline base image builder knows how to bootstrap. */
export const DEBIAN_SUITES = ['bullseye', 'bookworm', 'trixie', 'sid'] as const;
export type DebianSuite = (typeof DEBIAN_SUITES)[number];

/** Labels a locally built base image carries, so a cached one is recognised (and never a pulled one). */
export const BASE_IMAGE_LABELS = {
  builder: `${LABEL_PREFIX}base-image`,
  suite: `${LABEL_PREFIX}base-image.suite`,
} as const;

/** The value of the builder label; bump it when the way images are built changes. */
export const BASE_IMAGE_BUILDER = 'debootstrap-minbase-1';

/**
 * The Debian suite of an image reference the offline builder can make (`debian:bookworm`,
 * `debian:trixie-slim` is not: only the plain suite tags are built), or undefined.
 */
export function debianSuiteOf(image: string): DebianSuite | undefined {
  const match = /^(?:docker\.io\/)?(?:library\/)?debian:([a-z]+)$/.exec(image);
  const suite = match?.[1];
  return (DEBIAN_SUITES as readonly string[]).includes(suite ?? '') ? (suite as DebianSuite) : undefined;
}

/** The `docker import` changes that make a debootstrapped tree look like the official image. */
export function baseImageChanges(suite: DebianSuite): string[] {
  return [
    'CMD ["bash"]',
    'ENV LANG=C.UTF-8',
    `LABEL ${BASE_IMAGE_LABELS.builder}=${BASE_IMAGE_BUILDER} ${BASE_IMAGE_LABELS.suite}=${suite}`,
  ];
}

/** Whether an existing image's labels show it was built by this builder for this suite. */
export function isCachedBaseImage(labels: Record<string, string> | undefined, suite: DebianSuite): boolean {
  return labels?.[BASE_IMAGE_LABELS.builder] === BASE_IMAGE_BUILDER && labels?.[BASE_IMAGE_LABELS.suite] === suite;
}
