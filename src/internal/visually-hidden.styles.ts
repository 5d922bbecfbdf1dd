import { css } from 'lit';

/**
 * `.visually-hidden`: text for screen readers only (a chip's "sold out", a live region), kept in the accessibility
 * tree but out of sight and out of layout. Shared by every element that has such text.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
