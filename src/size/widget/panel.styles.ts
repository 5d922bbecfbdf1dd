import { css } from 'lit';

/** Form, result and table styles: loaded with the panel's chunk, added to the element's shadow root on first open. */
export const panelStyles = css`
  p {
    margin-block: 0.5rem;
  }
  /* Labels, tables and messages from data wrap inside the panel however long their words are. */
  .form,
  .result,
  .message,
  .table-wrap {
    overflow-wrap: anywhere;
  }
  /* Text from data is isolated: a size label cannot reorder the sentence or the row around it. */
  .size,
  th,
  td {
    unicode-bidi: isolate;
  }
  .intro,
  .hint {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .form {
    display: grid;
    gap: 0.8rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend,
  .label,
  .field > label {
    display: block;
    margin-block-end: 0.3rem;
    padding: 0;
    font-weight: 600;
    font-size: 0.92em;
  }
  .segmented > div {
    display: flex;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    overflow: hidden;
  }
  .segmented label {
    flex: 1 1 0;
    position: relative;
    display: grid;
    place-items: center;
    min-block-size: 2.5rem;
    padding-inline: 0.4rem;
    text-align: center;
    cursor: pointer;
  }
  .segmented label + label {
    border-inline-start: 1px solid var(--_border);
  }
  .segmented input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segmented label:has(input:checked) {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    font-weight: 600;
  }
  .segmented label:has(input:focus-visible) {
    outline: 2px solid var(--shoplive-focus-ring, var(--_accent));
    outline-offset: -2px;
  }
  .reference > summary {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    cursor: pointer;
    font-weight: 600;
  }
  .reference[open] > summary {
    margin-block-end: 0.3rem;
  }
  .row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.8rem;
  }
  .inputs {
    display: flex;
    gap: 0.5rem;
  }
  .measure {
    flex: 1 1 0;
    display: flex;
    align-items: center;
    gap: 0.35rem;
    min-inline-size: 0;
  }
  input[type='number'],
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.5rem;
    padding-block: 0.35rem;
    padding-inline: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_bg);
    color: inherit;
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: 0 0 0 1px var(--_error);
  }
  .unit {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .error {
    margin-block: 0.3rem 0;
    color: var(--_error);
    font-size: 0.88em;
  }
  .error[hidden] {
    display: none;
  }
  .share {
    display: flex;
    align-items: flex-start;
    gap: 0.45rem;
    margin-block: 0.6rem;
    font-size: 0.92em;
  }
  .share input {
    flex: none;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_accent);
  }
  .remember {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.4rem 1rem;
    font-size: 0.92em;
  }
  .remember label {
    display: flex;
    align-items: center;
    gap: 0.45rem;
  }
  .remember input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .link {
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    font-size: 0.92em;
  }
  .result h3 {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .result h3:focus {
    outline: none;
  }
  .size {
    margin-block: 0.1rem 0.2rem;
    font-size: 2.2em;
    font-weight: 700;
    line-height: 1.1;
  }
  .confidence {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  meter {
    inline-size: 4.5rem;
    flex: none;
  }
  .result h4 {
    margin-block: 0.8rem 0.2rem;
    font-size: 0.92em;
  }
  .notes {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .caveat {
    padding-block: 0.4rem;
    padding-inline: 0.6rem;
    border-inline-start: 3px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 7%, transparent);
    font-size: 0.92em;
  }
  .system {
    display: grid;
    gap: 0.3rem;
    margin-block: 0.8rem;
  }
  .system label {
    font-weight: 600;
    font-size: 0.92em;
  }
  .system-size {
    margin: 0;
    font-weight: 600;
  }
  details {
    margin-block: 0.6rem;
    font-size: 0.92em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 1.8rem;
  }
  details ul {
    margin-block: 0.2rem;
    padding-inline-start: 1.2rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.6rem;
    margin-block-start: 1rem;
  }
  .actions .primary {
    flex: 1 1 auto;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.92em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.3rem;
  }
  th,
  td {
    padding-block: 0.35rem;
    padding-inline: 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    white-space: nowrap;
  }
  /* A size label is the seller's text (up to 40 characters): it wraps, numbers stay on one line. */
  th[scope='row'] {
    white-space: normal;
    min-inline-size: 3ch;
  }
  [data-start]:focus {
    outline: none;
  }
`;
