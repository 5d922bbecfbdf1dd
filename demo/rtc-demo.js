// The demo's real-time switch: HLS only, a clearly labelled local simulation of an Agora channel, or a real Agora
// project. The simulation is the SDK's own `rtc-simulator` entry: a canvas camera, a tone, and the speech-to-text and
// product messages a live show sends on its data stream (JSON mode), all inside this page.
const player = document.getElementById('player');
const form = document.getElementById('rtc-form');
const agoraFields = document.getElementById('agora-fields');
const status = document.getElementById('rtc-status');
const SELLER = 1001;

let simulation;

const LINES = [
  { zh: '大家好，欢迎来到直播间！', en: 'Hi everyone, welcome to the live room!', es: '¡Hola a todos, bienvenidos al directo!' },
  { zh: '这条裙子是22姆米桑蚕丝', en: 'This dress is 22-momme mulberry silk.', es: 'Este vestido es de seda de morera de 22 momme.' },
  { zh: '再看看这条丝巾', en: 'And now, the silk scarf.', es: 'Y ahora, el pañuelo de seda.' },
];

function send(channel, message) {
  channel.client?.streamMessage(SELLER, new TextEncoder().encode(JSON.stringify(message)));
}

/** A small show on the data stream: captions (interim words, then the sentence, then translations) and product cues. */
function runShow(channel) {
  let line = 0;
  let seq = 0;
  return setInterval(() => {
    const text = LINES[line % LINES.length];
    send(channel, { uid: SELLER, seqnum: ++seq, culture: 'zh-CN', dataType: 'transcribe', words: [{ text: text.zh.slice(0, 4), isFinal: false }] });
    setTimeout(() => {
      send(channel, { uid: SELLER, seqnum: ++seq, culture: 'zh-CN', dataType: 'transcribe', words: [{ text: text.zh, isFinal: true }], endOfSegment: true });
      send(channel, {
        uid: SELLER,
        seqnum: ++seq,
        culture: 'zh-CN',
        dataType: 'translate',
        trans: [
          { lang: 'en', texts: [text.en], isFinal: true },
          { lang: 'es', texts: [text.es], isFinal: true },
        ],
      });
    }, 900);
    send(channel, { type: 'product', id: line % LINES.length === 2 ? 'silk-scarf' : 'silk-wrap-dress' });
    line++;
  }, 3500);
}

function stopSimulation() {
  if (!simulation) return;
  clearInterval(simulation.show);
  simulation.channel.close();
  simulation = undefined;
}

function clearAgora() {
  for (const name of ['agora-app-id', 'agora-channel', 'agora-token', 'agora-host-uid', 'agora-data-uids']) player.removeAttribute(name);
  player.agoraClientFactory = null;
}

form.addEventListener('change', () => {
  agoraFields.disabled = form.elements.path.value !== 'agora';
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const path = form.elements.path.value;
  stopSimulation();
  clearAgora();
  if (path === 'simulation') {
    const { SimulatedAgora } = await import('/dist/rtc-simulator.js');
    const channel = new SimulatedAgora({ joinDelayMs: 120 });
    channel.publish(SELLER);
    simulation = { channel, show: runShow(channel) };
    player.agoraClientFactory = channel.factory;
    player.setAttribute('agora-host-uid', String(SELLER));
    player.setAttribute('agora-channel', 'local-simulation');
    player.setAttribute('agora-app-id', 'local-simulation');
    status.textContent = 'Local simulation: a simulated Agora channel in this page. The live HLS stream stays the fallback.';
  } else if (path === 'agora') {
    const { appId, channel, token, hostUid, dataUids } = Object.fromEntries(new FormData(form));
    if (!appId || !channel) {
      status.textContent = 'Enter your App ID and channel.';
      return;
    }
    if (token) player.setAttribute('agora-token', token);
    if (hostUid) player.setAttribute('agora-host-uid', hostUid);
    if (dataUids) player.setAttribute('agora-data-uids', dataUids);
    player.setAttribute('agora-channel', channel);
    player.setAttribute('agora-app-id', appId);
    status.textContent = `Joining Agora channel "${channel}"; the HLS stream plays until the first real-time frame.`;
  } else {
    status.textContent = 'HLS only.';
  }
});

document.addEventListener('shoplive-engine-change', (event) => {
  status.textContent += ` Now playing over ${event.detail.to.toUpperCase()} (${event.detail.reason}).`;
});
