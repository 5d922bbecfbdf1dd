// Holds back layout changes while a pointer press is under way inside the panel.
//
// A field is checked when focus leaves it, and the press that moves focus away is also the shopper's next tap. The
// message that appears or goes changes the panel's height; in the bottom sheet, which grows from the bottom edge,
// everything above the field moves. Done at once, the control under the finger moves before the press ends, the
// browser's click lands on something else, and the tap is lost. So the check waits for the click.

/** A press that never becomes a click (a long press, a drag out of the window) lets the work run this much later. */
const UNFINISHED_PRESS_MS = 1000;

export class PressGuard {
  private pressing = false;
  private readonly queue: Array<() => void> = [];
  private unfinished?: ReturnType<typeof setTimeout>;

  /** `target`: the element whose presses count (the size helper; presses in its shadow root reach it). */
  constructor(target: EventTarget) {
    target.addEventListener('pointerdown', this.onDown, true);
  }

  /** Runs `work` now, or once the press in progress has delivered its click. */
  run(work: () => void): void {
    if (this.pressing) this.queue.push(work);
    else work();
  }

  private readonly onDown = (event: Event) => {
    if (!(event as PointerEvent).isPrimary || this.pressing) return;
    this.pressing = true;
    // A finger's press: pointerdown, pointerup, then the compatibility mousedown (where focus moves), mouseup, click.
    window.addEventListener('click', this.onClick, true);
    window.addEventListener('pointercancel', this.flush, true);
    window.addEventListener('pointerup', this.onUp, true);
  };

  private readonly onUp = () => {
    clearTimeout(this.unfinished);
    this.unfinished = setTimeout(this.flush, UNFINISHED_PRESS_MS);
  };

  /** After the click has done its work (a label checks its radio): only then may the layout move. */
  private readonly onClick = () => {
    window.removeEventListener('click', this.onClick, true);
    setTimeout(this.flush, 0);
  };

  private readonly flush = () => {
    clearTimeout(this.unfinished);
    window.removeEventListener('click', this.onClick, true);
    window.removeEventListener('pointercancel', this.flush, true);
    window.removeEventListener('pointerup', this.onUp, true);
    this.pressing = false;
    for (const work of this.queue.splice(0)) work();
  };
}
