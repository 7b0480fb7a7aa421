/** The four Regierungsbezirke of Baden-Württemberg by their official key: quotas, filters and sites name them. */
export const REGION_NAMES: Record<string, string> = {
  '081': 'Stuttgart',
  '082': 'Karlsruhe',
  '083': 'Freiburg',
  '084': 'Tübingen',
};
