import type { QualityLevel } from '../engines/engine.js';
import type { MenuItem } from './menu.js';

export function levelLabel(level: QualityLevel, all: readonly QualityLevel[]): string {
  const label = level.height ? `${level.height}p` : `${Math.round(level.bitrate / 1000)} kb/s`;
  const twin = all.some((other) => other !== level && other.height === level.height);
  return twin ? `${label} · ${Math.round(level.bitrate / 1000)} kb/s` : label;
}

/** Auto first (naming what ABR currently plays), then renditions from sharpest to smallest. */
export function qualityItems(
  levels: readonly QualityLevel[],
  selected: number,
  playing: QualityLevel | null,
  labels: { auto: string; autoCurrent: (label: string) => string },
): MenuItem[] {
  const auto = selected < 0 && playing ? labels.autoCurrent(levelLabel(playing, levels)) : labels.auto;
  const descending = [...levels].sort((a, b) => b.bitrate - a.bitrate);
  return [
    { value: '-1', text: auto, checked: selected < 0 },
    ...descending.map((level) => ({ value: String(level.index), text: levelLabel(level, levels), checked: level.index === selected })),
  ];
}
