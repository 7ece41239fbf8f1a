/** UK towns and cities with a few outward codes each, for spreading demo listings across the country. */
export const DEMO_PLACES: ReadonlyArray<{ city: string; outwardCodes: string[] }> = [
  { city: 'Leeds', outwardCodes: ['LS6', 'LS7', 'LS8'] },
  { city: 'Manchester', outwardCodes: ['M14', 'M20', 'M21'] },
  { city: 'Bristol', outwardCodes: ['BS6', 'BS7', 'BS3'] },
  { city: 'Birmingham', outwardCodes: ['B13', 'B15', 'B29'] },
  { city: 'London', outwardCodes: ['N16', 'SE15', 'E17', 'NW5'] },
  { city: 'Glasgow', outwardCodes: ['G12', 'G41'] },
  { city: 'Edinburgh', outwardCodes: ['EH6', 'EH9'] },
  { city: 'Cardiff', outwardCodes: ['CF24', 'CF11'] },
  { city: 'Newcastle upon Tyne', outwardCodes: ['NE2', 'NE6'] },
  { city: 'Sheffield', outwardCodes: ['S7', 'S10'] },
  { city: 'Nottingham', outwardCodes: ['NG7', 'NG5'] },
  { city: 'Norwich', outwardCodes: ['NR2', 'NR3'] },
  { city: 'Brighton', outwardCodes: ['BN1', 'BN2'] },
  { city: 'Belfast', outwardCodes: ['BT7', 'BT9'] },
  { city: 'York', outwardCodes: ['YO10', 'YO31'] },
];
