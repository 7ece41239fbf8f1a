/**
 * Every UK postcode area (the 121 of Royal Mail's geographic areas, plus the Crown dependencies
 * GY, JE and IM) with an APPROXIMATE centre: [latitude, longitude], mostly the main post town's
 * centre, which can be tens of kilometres from the true centroid of a large rural area (HS, IV,
 * KW, LL, PA, PH, TD, BT). Good enough to place a listing and to search within a radius when
 * no district is known; use a postcodes.io-compatible API (GEOCODER_URL) for real precision.
 */
export const POSTCODE_AREAS: Readonly<Record<string, readonly [number, number]>> = {
  AB: [57.15, -2.11], // Aberdeen
  AL: [51.75, -0.34], // St Albans
  B: [52.48, -1.89], // Birmingham
  BA: [51.38, -2.36], // Bath
  BB: [53.75, -2.48], // Blackburn
  BD: [53.80, -1.76], // Bradford
  BH: [50.72, -1.88], // Bournemouth
  BL: [53.58, -2.43], // Bolton
  BN: [50.83, -0.14], // Brighton
  BR: [51.40, 0.02], // Bromley
  BS: [51.45, -2.59], // Bristol
  BT: [54.60, -6.20], // Belfast, pulled west: BT covers all of Northern Ireland
  CA: [54.89, -2.93], // Carlisle
  CB: [52.21, 0.12], // Cambridge
  CF: [51.48, -3.18], // Cardiff
  CH: [53.19, -2.89], // Chester
  CM: [51.74, 0.47], // Chelmsford
  CO: [51.89, 0.90], // Colchester
  CR: [51.37, -0.10], // Croydon
  CT: [51.28, 1.08], // Canterbury
  CV: [52.41, -1.51], // Coventry
  CW: [53.10, -2.44], // Crewe
  DA: [51.45, 0.22], // Dartford
  DD: [56.46, -2.97], // Dundee
  DE: [52.92, -1.48], // Derby
  DG: [55.07, -3.61], // Dumfries
  DH: [54.78, -1.57], // Durham
  DL: [54.52, -1.55], // Darlington
  DN: [53.52, -1.13], // Doncaster
  DT: [50.71, -2.44], // Dorchester
  DY: [52.51, -2.09], // Dudley
  E: [51.54, -0.03], // London East
  EC: [51.52, -0.09], // London East Central
  EH: [55.95, -3.19], // Edinburgh
  EN: [51.65, -0.08], // Enfield
  EX: [50.72, -3.53], // Exeter
  FK: [56.00, -3.78], // Falkirk
  FY: [53.82, -3.05], // Blackpool
  G: [55.86, -4.25], // Glasgow
  GL: [51.86, -2.24], // Gloucester
  GU: [51.24, -0.57], // Guildford
  GY: [49.45, -2.58], // Guernsey
  HA: [51.58, -0.34], // Harrow
  HD: [53.65, -1.78], // Huddersfield
  HG: [53.99, -1.54], // Harrogate
  HP: [51.75, -0.47], // Hemel Hempstead
  HR: [52.06, -2.72], // Hereford
  HS: [58.00, -6.80], // Outer Hebrides
  HU: [53.74, -0.33], // Hull
  HX: [53.72, -1.86], // Halifax
  IG: [51.56, 0.08], // Ilford
  IM: [54.23, -4.55], // Isle of Man
  IP: [52.06, 1.15], // Ipswich
  IV: [57.48, -4.22], // Inverness
  JE: [49.21, -2.13], // Jersey
  KA: [55.61, -4.50], // Kilmarnock
  KT: [51.41, -0.30], // Kingston upon Thames
  KW: [58.70, -3.30], // Kirkwall and Caithness
  KY: [56.11, -3.16], // Kirkcaldy
  L: [53.41, -2.98], // Liverpool
  LA: [54.05, -2.80], // Lancaster
  LD: [52.24, -3.38], // Llandrindod Wells
  LE: [52.63, -1.13], // Leicester
  LL: [53.00, -3.90], // North Wales (Llandudno)
  LN: [53.23, -0.54], // Lincoln
  LS: [53.80, -1.55], // Leeds
  LU: [51.88, -0.42], // Luton
  M: [53.48, -2.24], // Manchester
  ME: [51.39, 0.50], // Rochester
  MK: [52.04, -0.76], // Milton Keynes
  ML: [55.79, -3.99], // Motherwell
  N: [51.57, -0.11], // London North
  NE: [54.98, -1.61], // Newcastle upon Tyne
  NG: [52.95, -1.15], // Nottingham
  NN: [52.24, -0.90], // Northampton
  NP: [51.59, -3.00], // Newport
  NR: [52.63, 1.30], // Norwich
  NW: [51.55, -0.17], // London North West
  OL: [53.54, -2.12], // Oldham
  OX: [51.75, -1.26], // Oxford
  PA: [55.95, -4.90], // Paisley and Argyll
  PE: [52.57, -0.24], // Peterborough
  PH: [56.40, -3.43], // Perth
  PL: [50.38, -4.14], // Plymouth
  PO: [50.82, -1.09], // Portsmouth
  PR: [53.76, -2.70], // Preston
  RG: [51.45, -0.98], // Reading
  RH: [51.24, -0.17], // Redhill
  RM: [51.58, 0.18], // Romford
  S: [53.38, -1.47], // Sheffield
  SA: [51.62, -3.94], // Swansea
  SE: [51.47, -0.06], // London South East
  SG: [51.90, -0.20], // Stevenage
  SK: [53.41, -2.15], // Stockport
  SL: [51.51, -0.59], // Slough
  SM: [51.36, -0.19], // Sutton
  SN: [51.56, -1.78], // Swindon
  SO: [50.91, -1.40], // Southampton
  SP: [51.07, -1.79], // Salisbury
  SR: [54.91, -1.38], // Sunderland
  SS: [51.54, 0.71], // Southend-on-Sea
  ST: [53.00, -2.18], // Stoke-on-Trent
  SW: [51.46, -0.17], // London South West
  SY: [52.71, -2.75], // Shrewsbury
  TA: [51.02, -3.10], // Taunton
  TD: [55.61, -2.81], // Galashiels
  TF: [52.68, -2.45], // Telford
  TN: [51.20, 0.27], // Tonbridge
  TQ: [50.46, -3.53], // Torquay
  TR: [50.26, -5.05], // Truro
  TS: [54.57, -1.23], // Cleveland (Middlesbrough)
  TW: [51.45, -0.33], // Twickenham
  UB: [51.51, -0.38], // Southall
  W: [51.51, -0.20], // London West
  WA: [53.39, -2.59], // Warrington
  WC: [51.52, -0.12], // London West Central
  WD: [51.66, -0.40], // Watford
  WF: [53.68, -1.50], // Wakefield
  WN: [53.55, -2.63], // Wigan
  WR: [52.19, -2.22], // Worcester
  WS: [52.59, -1.98], // Walsall
  WV: [52.59, -2.13], // Wolverhampton
  YO: [53.96, -1.08], // York
  ZE: [60.15, -1.15], // Shetland
};
