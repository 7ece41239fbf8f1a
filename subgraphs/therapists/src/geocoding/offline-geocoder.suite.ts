import { parsePostcode } from '../location/postcode';
import { distanceKm } from '../location/geo';
import { OfflineGeocoder } from './offline-geocoder';
import { POSTCODE_AREAS } from './postcode-areas';
import { POSTCODE_DISTRICTS } from './postcode-districts';
import { DEMO_PLACES } from '@caregraph/demo-data';

describe('offline geocoder', () => {
  const geocoder = new OfflineGeocoder();

  it('knows every UK postcode area (121 and the Crown dependencies), all inside the British Isles', () => {
    expect(Object.keys(POSTCODE_AREAS)).toHaveLength(124);
    for (const [area, [latitude, longitude]] of Object.entries(POSTCODE_AREAS)) {
      expect([area, latitude >= 49 && latitude <= 61 && longitude >= -9 && longitude <= 2]).toEqual([area, true]);
    }
  });

  it('knows every district the demo data uses, each near its area centre', () => {
    for (const place of DEMO_PLACES) {
      for (const outward of place.outwardCodes) expect([outward, geocoder.lookup(outward)?.precision]).toEqual([outward, 'DISTRICT']);
    }
    for (const [district, [latitude, longitude]] of Object.entries(POSTCODE_DISTRICTS)) {
      const area = POSTCODE_AREAS[district.replace(/[0-9].*$/, '')];
      // A district lies within its area: Belfast's BT area spans Northern Ireland, hence the margin.
      expect([district, distanceKm({ latitude, longitude }, { latitude: area[0], longitude: area[1] }) < 40]).toEqual([district, true]);
    }
  });

  it('places a postcode at its district, else its area, else nowhere', async () => {
    expect(await geocoder.locatePostcode(parsePostcode('LS6 2AB')!)).toEqual({ latitude: 53.82, longitude: -1.58, precision: 'DISTRICT' });
    expect(await geocoder.locatePostcode(parsePostcode('LS27 9AA')!)).toEqual({ latitude: 53.8, longitude: -1.55, precision: 'AREA' });
    expect(await geocoder.locateOutwardCode('ZE1')).toEqual({ latitude: 60.15, longitude: -1.15, precision: 'AREA' });
    expect(await geocoder.locatePostcode(parsePostcode('QQ1 1AA')!)).toBeNull();
    expect(await geocoder.locateOutwardCode('XX9')).toBeNull();
  });

  it('puts Leeds and Manchester about 55 km apart', () => {
    const leeds = geocoder.lookup('LS1')!;
    const manchester = geocoder.lookup('M1')!;
    expect(distanceKm(leeds, manchester)).toBeGreaterThan(50);
    expect(distanceKm(leeds, manchester)).toBeLessThan(60);
  });
});
