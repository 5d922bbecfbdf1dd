/** A publisher's camera: a canvas painting a moving bar and a frame counter, captured at 30 fps. */
export class SimulatedCamera {
  readonly canvas = document.createElement('canvas');
  readonly stream: MediaStream;
  frames = 0;
  private timer: ReturnType<typeof setInterval>;
  constructor(readonly hue: number) {
    this.resize(640, 360);
    this.stream = this.canvas.captureStream(30);
    this.timer = setInterval(() => this.draw(), 33);
    this.draw();
  }
  resize(width: number, height: number): void {
    this.canvas.width = width;
    this.canvas.height = height;
  }
  private draw(): void {
    const context = this.canvas.getContext('2d')!;
    const { width, height } = this.canvas;
    this.frames++;
    context.fillStyle = `hsl(${this.hue} 60% 30%)`;
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#fff';
    context.fillRect((this.frames * 8) % width, 0, width / 16, height);
    context.font = `${Math.round(height / 6)}px sans-serif`;
    context.fillText(String(this.frames), 10, height / 2);
  }
  stop(): void {
    clearInterval(this.timer);
    for (const track of this.stream.getTracks()) track.stop();
  }
}

/** A publisher's microphone: a 440 Hz tone from WebAudio. */
export class SimulatedMicrophone {
  private readonly context = new AudioContext();
  readonly track: MediaStreamTrack;
  private readonly oscillator: OscillatorNode;
  constructor() {
    const destination = this.context.createMediaStreamDestination();
    this.oscillator = this.context.createOscillator();
    this.oscillator.frequency.value = 440;
    this.oscillator.connect(destination);
    this.oscillator.start();
    this.track = destination.stream.getAudioTracks()[0]!;
  }
  stop(): void {
    this.oscillator.stop();
    this.track.stop();
    void this.context.close();
  }
}
