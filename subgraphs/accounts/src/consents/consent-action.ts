/** What a consent history record says happened. */
export enum ConsentAction {
  ACCEPTED = 'ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
}
