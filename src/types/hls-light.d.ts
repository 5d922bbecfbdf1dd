// hls.js ships one declaration file; the light build exports the same API minus subtitles, alt audio and EME.
declare module 'hls.js/dist/hls.light.mjs' {
  export * from 'hls.js';
  export { default } from 'hls.js';
}
