// world-atlas names countries by ISO 3166-1 numeric code ("398"); our partners carry
// the alpha-2 code ("KZ"). This table covers the countries a Russian region plausibly
// works with; a country missing here is still drawn, only never shaded.
const alpha2ByNumeric: Record<string, string> = {
  "004": "AF", "008": "AL", "012": "DZ", "024": "AO", "031": "AZ", "032": "AR", "036": "AU", "040": "AT",
  "048": "BH", "050": "BD", "051": "AM", "056": "BE", "068": "BO", "070": "BA", "076": "BR", "100": "BG",
  "104": "MM", "112": "BY", "116": "KH", "120": "CM", "124": "CA", "144": "LK", "152": "CL", "156": "CN",
  "158": "TW", "170": "CO", "178": "CG", "180": "CD", "191": "HR", "192": "CU", "196": "CY", "203": "CZ",
  "204": "BJ", "208": "DK", "218": "EC", "222": "SV", "231": "ET", "232": "ER", "233": "EE", "246": "FI",
  "250": "FR", "268": "GE", "276": "DE", "288": "GH", "300": "GR", "320": "GT", "324": "GN", "332": "HT",
  "340": "HN", "344": "HK", "348": "HU", "352": "IS", "356": "IN", "360": "ID", "364": "IR", "368": "IQ",
  "372": "IE", "376": "IL", "380": "IT", "384": "CI", "392": "JP", "398": "KZ", "400": "JO", "404": "KE",
  "408": "KP", "410": "KR", "414": "KW", "417": "KG", "418": "LA", "422": "LB", "428": "LV", "430": "LR",
  "434": "LY", "440": "LT", "442": "LU", "450": "MG", "454": "MW", "458": "MY", "466": "ML", "478": "MR",
  "484": "MX", "496": "MN", "498": "MD", "499": "ME", "504": "MA", "508": "MZ", "512": "OM", "516": "NA",
  "524": "NP", "528": "NL", "554": "NZ", "558": "NI", "562": "NE", "566": "NG", "578": "NO", "586": "PK",
  "591": "PA", "598": "PG", "600": "PY", "604": "PE", "608": "PH", "616": "PL", "620": "PT", "634": "QA",
  "642": "RO", "643": "RU", "646": "RW", "682": "SA", "686": "SN", "688": "RS", "694": "SL", "702": "SG",
  "703": "SK", "704": "VN", "705": "SI", "706": "SO", "710": "ZA", "716": "ZW", "724": "ES", "728": "SS",
  "729": "SD", "752": "SE", "756": "CH", "760": "SY", "762": "TJ", "764": "TH", "768": "TG", "780": "TT",
  "784": "AE", "788": "TN", "792": "TR", "795": "TM", "800": "UG", "804": "UA", "807": "MK", "818": "EG",
  "826": "GB", "834": "TZ", "840": "US", "854": "BF", "858": "UY", "860": "UZ", "862": "VE", "887": "YE",
  "894": "ZM",
};

/** "398" → "KZ"; undefined for codes outside the table (and for features without an id). */
export function alpha2FromNumeric(id: string | number | undefined): string | undefined {
  if (id === undefined) return undefined;
  return alpha2ByNumeric[String(id).padStart(3, "0")];
}
