import type { MessageKey } from '../i18n/en.js';
import type { MenuGroup, MenuItem } from '../player/controls/menu.js';
import {
  CAPTION_BACKGROUNDS,
  CAPTION_COLORS,
  CAPTION_POSITIONS,
  CAPTION_SIZES,
  setCaptionStyle,
  type CaptionStyle,
} from './caption-style.js';

type T = (key: MessageKey) => string;

const SIZE_LABELS: Record<(typeof CAPTION_SIZES)[number], MessageKey> = {
  small: 'subtitles.sizeSmall',
  medium: 'subtitles.sizeMedium',
  large: 'subtitles.sizeLarge',
  'x-large': 'subtitles.sizeExtraLarge',
};
const COLOR_LABELS: Record<(typeof CAPTION_COLORS)[number], MessageKey> = {
  white: 'subtitles.colorWhite',
  yellow: 'subtitles.colorYellow',
  cyan: 'subtitles.colorCyan',
  green: 'subtitles.colorGreen',
};
const BACKGROUND_LABELS: Record<(typeof CAPTION_BACKGROUNDS)[number], MessageKey> = {
  none: 'subtitles.backgroundNone',
  translucent: 'subtitles.backgroundTranslucent',
  solid: 'subtitles.backgroundSolid',
};
const POSITION_LABELS: Record<(typeof CAPTION_POSITIONS)[number], MessageKey> = {
  bottom: 'subtitles.positionBottom',
  top: 'subtitles.positionTop',
};

const FIELDS = [
  { field: 'size', label: 'subtitles.textSize', values: CAPTION_SIZES, labels: SIZE_LABELS },
  { field: 'color', label: 'subtitles.textColor', values: CAPTION_COLORS, labels: COLOR_LABELS },
  { field: 'background', label: 'subtitles.background', values: CAPTION_BACKGROUNDS, labels: BACKGROUND_LABELS },
  { field: 'position', label: 'subtitles.position', values: CAPTION_POSITIONS, labels: POSITION_LABELS },
] as const;

export const STYLE_ENTRY = 'caption-style';
export const STYLE_BACK = 'caption-style-back';

/** The entry on the subtitles menu's first page that opens the caption style page. */
export function styleEntryGroup(t: T): MenuGroup {
  return { id: 'style-entry', label: t('subtitles.style'), items: [{ value: STYLE_ENTRY, text: `${t('subtitles.style')} …`, checked: false, action: true }] };
}

/** The caption style page: back, then one group per setting with its current choice checked. */
export function styleGroups(t: T, style: CaptionStyle): MenuGroup[] {
  return [
    { id: 'style-back', label: t('subtitles.style'), items: [{ value: STYLE_BACK, text: `‹ ${t('subtitles.back')}`, checked: false, action: true }] },
    ...FIELDS.map(({ field, label, values, labels }) => ({
      id: `style-${field}`,
      label: t(label),
      items: values.map((value) => ({
        value: `${field}:${value}`,
        text: t((labels as Record<string, MessageKey>)[value]!),
        checked: style[field] === value,
      })),
    })),
  ];
}

/** A pick on the style page: saved for every player of the shop. False when the item is not a style choice. */
export function pickStyle(item: MenuItem): boolean {
  const [field, value] = item.value.split(':');
  const known = FIELDS.find((candidate) => candidate.field === field);
  if (!known || !(known.values as readonly string[]).includes(value ?? '')) return false;
  setCaptionStyle({ [known.field]: value } as Partial<CaptionStyle>);
  return true;
}
