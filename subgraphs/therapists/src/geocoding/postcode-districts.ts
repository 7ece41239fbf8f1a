/**
 * Postcode districts the project knows more precisely than their area: those the demo data
 * (`DEMO_PLACES` in @caregraph/demo-data) and the tests use, plus each of those cities'
 * central district. APPROXIMATE centres, [latitude, longitude], to about a kilometre.
 * Districts not listed here fall back to their area's centre (postcode-areas.ts).
 */
export const POSTCODE_DISTRICTS: Readonly<Record<string, readonly [number, number]>> = {
  // Leeds
  LS1: [53.797, -1.548], LS6: [53.820, -1.580], LS7: [53.830, -1.540], LS8: [53.830, -1.500],
  // Manchester
  M1: [53.478, -2.235], M14: [53.445, -2.220], M20: [53.415, -2.230], M21: [53.440, -2.280],
  // Bristol
  BS1: [51.453, -2.593], BS3: [51.440, -2.600], BS6: [51.470, -2.600], BS7: [51.490, -2.580],
  // Birmingham
  B1: [52.480, -1.910], B13: [52.440, -1.880], B15: [52.460, -1.920], B29: [52.430, -1.950],
  // London
  EC1A: [51.518, -0.100], WC2N: [51.509, -0.125], SW1A: [51.501, -0.142],
  N16: [51.562, -0.077], SE15: [51.470, -0.065], E17: [51.585, -0.020], NW5: [51.553, -0.140],
  // Glasgow
  G1: [55.860, -4.250], G12: [55.880, -4.300], G41: [55.835, -4.280],
  // Edinburgh
  EH1: [55.952, -3.190], EH6: [55.972, -3.170], EH9: [55.932, -3.185],
  // Cardiff
  CF10: [51.480, -3.175], CF11: [51.475, -3.200], CF24: [51.490, -3.160],
  // Newcastle upon Tyne
  NE1: [54.972, -1.615], NE2: [54.988, -1.600], NE6: [54.975, -1.570],
  // Sheffield
  S1: [53.380, -1.470], S7: [53.355, -1.490], S10: [53.375, -1.510],
  // Nottingham
  NG1: [52.955, -1.150], NG5: [52.990, -1.150], NG7: [52.945, -1.180],
  // Norwich
  NR1: [52.625, 1.300], NR2: [52.630, 1.280], NR3: [52.645, 1.290],
  // Brighton
  BN1: [50.830, -0.140], BN2: [50.825, -0.110],
  // Belfast
  BT1: [54.600, -5.930], BT7: [54.580, -5.920], BT9: [54.575, -5.950],
  // York
  YO1: [53.960, -1.080], YO10: [53.950, -1.060], YO31: [53.970, -1.070],
};
