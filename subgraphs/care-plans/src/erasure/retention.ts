/**
 * How long a clinical record is kept after the last contact: the NHS Records Management Code
 * of Practice sets 8 years for adult health records. The clock starts at the latest contact
 * in the person's record, so one course of treatment is kept, and later purged, as a whole.
 */
export const CLINICAL_RETENTION_YEARS = 8;
