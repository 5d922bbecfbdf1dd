// The shopper's size system in the panel: parsing the `system` attribute, and the recommended size converted into
// the chosen one.
import { log } from '../../internal/log.js';
import { convertSize } from '../systems/convert.js';
import { SIZE_SYSTEMS } from '../systems/tables.js';
import type { SizeSystem } from '../systems/types.js';
import type { Chart, Recommendation } from '../types.js';
import type { SharedProfile } from './types.js';

const warnedSystems = new Set<string>();

/** A size system name, case-insensitive; an unknown one is reported once and ignored. */
export function parseSystem(value: string): SizeSystem | undefined {
  const wanted = value.trim().toLowerCase();
  const system = wanted ? SIZE_SYSTEMS.find((each) => each.toLowerCase() === wanted) : undefined;
  if (wanted && !system && !warnedSystems.has(wanted)) {
    warnedSystems.add(wanted);
    log.warn(`<shoplive-size-helper> system="${value.slice(0, 40)}" is not one of ${SIZE_SYSTEMS.join(', ')}; using the shopper's language instead.`);
  }
  return system;
}

/** The recommended size in the shopper's size system ("6", "S (160/84A)"), or null when it does not convert. */
export function convertedLabel(result: Recommendation | undefined, chart: Chart | undefined, profile: SharedProfile | undefined, system: SizeSystem): string | null {
  if (!result || !chart) return null;
  const converted = convertSize({ chart, label: result.label, system, ...(profile?.sex ? { sex: profile.sex } : {}), ...(profile ? { heightCm: profile.heightCm } : {}) });
  if (chart.system?.toLowerCase() === system.toLowerCase()) {
    return converted.ok && converted.notation ? `${result.label} (${converted.notation})` : result.label;
  }
  if (!converted.ok) return null;
  return converted.notation && converted.notation !== converted.label ? `${converted.label} (${converted.notation})` : converted.label;
}
