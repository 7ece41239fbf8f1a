import { registerEnumType } from 'type-graphql';

/** Currency of an amount of money. Caregraph works in pounds sterling only (docs/architecture.md#time-and-money). */
export enum Currency {
  GBP = 'GBP',
}

registerEnumType(Currency, {
  name: 'Currency',
  description: 'ISO 4217 currency of an amount of money.',
  valuesConfig: { GBP: { description: 'Pound sterling; amounts are in pence.' } },
});
