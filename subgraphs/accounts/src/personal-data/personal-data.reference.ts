import type { PersonalDataExport } from './personal-data-export.type';

/** Other subgraphs never send a PersonalDataExport here first, but the planner may: it is just its key. */
export const personalDataExportReference = {
  PersonalDataExport: {
    __resolveReference: (reference: { userId: string }): PersonalDataExport => ({ userId: reference.userId, generatedAt: new Date() }),
  },
};
