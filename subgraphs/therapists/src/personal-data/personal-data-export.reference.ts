import type { PersonalDataExportStub } from './personal-data-export.stub';

/** The export is only its key here: the field resolver does the work, after checking the caller. */
export const personalDataExportReference = {
  PersonalDataExport: {
    __resolveReference: (reference: { userId: string }): PersonalDataExportStub => ({ userId: reference.userId }),
  },
};
