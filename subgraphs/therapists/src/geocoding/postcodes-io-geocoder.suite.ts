import { createLogger } from '@caregraph/kernel';
import { parsePostcode } from '../location/postcode';
import { FallbackGeocoder } from './fallback-geocoder';
import { GeocoderUnavailableError } from './geocoder';
import { OfflineGeocoder } from './offline-geocoder';
import { PostcodesIoGeocoder } from './postcodes-io-geocoder';
import { startFakePostcodesIo, type FakePostcodesIo } from '../test/fake-postcodes-io';

describe('postcodes.io-compatible geocoder', () => {
  let fake: FakePostcodesIo;
  let baseUrl: string;

  beforeAll(async () => {
    fake = await startFakePostcodesIo();
    baseUrl = `${fake.url}/`;
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.state.mode = 'ok';
    fake.state.requests.length = 0;
  });

  it('locates a known postcode exactly', async () => {
    const geocoder = new PostcodesIoGeocoder(baseUrl);
    expect(await geocoder.locatePostcode(parsePostcode('ls62ab')!)).toEqual({ latitude: 53.8191, longitude: -1.5782, precision: 'POSTCODE' });
    expect(fake.state.requests).toEqual(['/postcodes/LS6 2AB']);
  });

  it('falls back to the outward code for a postcode it does not know, and answers null when neither is known', async () => {
    const geocoder = new PostcodesIoGeocoder(baseUrl);
    expect(await geocoder.locatePostcode(parsePostcode('M14 6ZZ')!)).toEqual({ latitude: 53.4456, longitude: -2.2187, precision: 'DISTRICT' });
    expect(fake.state.requests).toEqual(['/postcodes/M14 6ZZ', '/outcodes/M14']);
    expect(await geocoder.locatePostcode(parsePostcode('ZZ9 9ZZ')!)).toBeNull();
    expect(await geocoder.locateOutwardCode('LS6')).toEqual({ latitude: 53.8189, longitude: -1.5766, precision: 'DISTRICT' });
  });

  it.each(['error', 'garbage'] as const)('reports the provider unavailable on %s', async (mode) => {
    fake.state.mode = mode;
    await expect(new PostcodesIoGeocoder(baseUrl).locateOutwardCode('LS6')).rejects.toBeInstanceOf(GeocoderUnavailableError);
  });

  it('gives up after its timeout', async () => {
    fake.state.mode = 'slow';
    await expect(new PostcodesIoGeocoder(baseUrl, 100).locateOutwardCode('LS6')).rejects.toBeInstanceOf(GeocoderUnavailableError);
  });

  it('reports a provider that is not there as unavailable', async () => {
    await expect(new PostcodesIoGeocoder('http://127.0.0.1:9/').locateOutwardCode('LS6')).rejects.toBeInstanceOf(GeocoderUnavailableError);
  });

  it('falls back to the offline table only when the provider is down, not when it does not know a place', async () => {
    const geocoder = new FallbackGeocoder(new PostcodesIoGeocoder(baseUrl, 200), new OfflineGeocoder(), createLogger('test'));
    expect(await geocoder.locateOutwardCode('LS6')).toMatchObject({ latitude: 53.8189 });
    expect(await geocoder.locateOutwardCode('BS6')).toBeNull(); // the provider's answer stands
    fake.state.mode = 'error';
    expect(await geocoder.locateOutwardCode('BS6')).toEqual({ latitude: 51.47, longitude: -2.6, precision: 'DISTRICT' });
  });
});
