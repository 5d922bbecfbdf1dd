import { css } from 'lit';

/**
 * The one busy indicator of every shoplive element. Each element sizes and colours it with the private custom
 * properties below instead of restating the animation.
 */
export const spinnerStyles = css`
  .spinner {
    inline-size: var(--_spinner-size, 1.1em);
    block-size: var(--_spinner-size, 1.1em);
    border: var(--_spinner-width, 2px) solid var(--_spinner-track, currentColor);
    border-block-start-color: var(--_spinner-color, currentColor);
    border-radius: 50%;
    animation: shoplive-spin 0.8s linear infinite;
  }
  @keyframes shoplive-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
`;
