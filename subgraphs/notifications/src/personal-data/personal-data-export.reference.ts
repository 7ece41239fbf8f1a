import type { PersonalDataExportStub } from './personal-data-export.stub';

/**
 * Resolves `PersonalDataExport` representations: nothing to load, the key is all there is.
 * Who may read the contributed field is checked on the field itself.
 */
export const personalDataExportReference = {
  PersonalDataExport: {
    __resolveReference: (reference: { userId: string }): PersonalDataExportStub => ({ userId: reference.userId }),
  },
};
