/** Where `npm test` leaves its totals (one entry per stage), for the CI steps that follow it. */
export const TOTALS_FILE = 'dist/test/totals.json';
