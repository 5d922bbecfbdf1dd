export type Listener = (...args: never[]) => void;

/** The SDK's event emitter, as far as the engine uses it: on, off, and listener counts for the leak tests. */
export class Emitter {
  private readonly listeners = new Map<string, Set<Listener>>();
  on(event: string, listener: Listener): void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
  }
  off(event: string, listener: Listener): void {
    this.listeners.get(event)?.delete(listener);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => void)(...args);
  }
  count(event?: string): number {
    if (event) return this.listeners.get(event)?.size ?? 0;
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}

/** Errors shaped like the SDK's AgoraRTCError: a name and an Agora code. */
export function agoraError(code: string, message = code): Error {
  const error = new Error(`AgoraRTCError ${code}: ${message}`);
  error.name = 'AgoraRTCException';
  (error as Error & { code: string }).code = code;
  return error;
}
