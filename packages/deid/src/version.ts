/** Recorded with every de-identified story, so a later reader knows which rules ran. */
export const DEID_VERSION = '0.1.0';
