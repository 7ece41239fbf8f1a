import { validate } from 'class-validator';
import { HCPC_NUMBER_MESSAGE, IsHcpcNumber } from './hcpc-number';

class ListingDetails {
  @IsHcpcNumber()
  hcpcNumber!: string;
}

const errorsFor = async (hcpcNumber: string) => validate(Object.assign(new ListingDetails(), { hcpcNumber }));

describe('HCPC number input rule', () => {
  it.each(['OT1', 'OT12345', 'OT123456'])('accepts %p', async (value) => {
    expect(await errorsFor(value)).toEqual([]);
  });

  it.each(['OT', 'OT1234567', 'ot12345', 'PH12345', 'OT 12345', 'OT12345 '])('refuses %p, naming the field', async (value) => {
    const [error] = await errorsFor(value);
    expect(error.property).toBe('hcpcNumber');
    expect(Object.values(error.constraints ?? {})).toEqual([HCPC_NUMBER_MESSAGE]);
  });
});
