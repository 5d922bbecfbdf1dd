import type { CueStore } from '../cue-store.js';
import type { Cue } from '../cue.js';
import type { CueSource } from './source.js';

/**
 * The host's own captions (`player.addCue()`): cues on the media timeline, in their own id namespace, so a host can
 * neither replace nor remove the stream's cues. They outlive stream changes, like the host's sidecar files.
 */
export class HostCueSource implements CueSource {
  private readonly offered = new Set<string>();
  private added = 0;

  constructor(private readonly store: CueStore) {}

  get languages(): readonly string[] {
    return [...this.offered];
  }

  add(cue: Omit<Cue, 'id'> & { id?: string }): boolean {
    const added = this.store.add({ ...cue, id: `api:${cue.id ?? `#${++this.added}`}` }, this);
    if (added) this.offered.add(cue.lang);
    return added;
  }

  select(): void {
    // Every host cue is already in the store: nothing to fetch per language.
  }

  destroy(): void {
    this.store.removeCuesOf(this);
    this.offered.clear();
  }
}
