import { expect } from '@esm-bundle/chai';
import { CueStore } from '../../src/subtitles/cue-store.js';
import { ProtobufError } from '../../src/subtitles/protobuf.js';
import { decodeSttMessage } from '../../src/subtitles/stt/stt-message.js';
import { SttSource } from '../../src/subtitles/stt/stt-source.js';
import { sttText } from '../support/stt-encoder.js';

describe('speech-to-text messages', () => {
  it('decodes the protobuf Text message, words and translations', () => {
    const bytes = sttText({
      uid: 4242,
      seqnum: 7,
      culture: 'zh-CN',
      words: [
        { text: '这款', isFinal: true },
        { text: '真丝', isFinal: false },
      ],
    });
    const text = decodeSttMessage(bytes);
    expect(text).to.deep.include({ uid: 4242, seqnum: 7, culture: 'zh-CN', dataType: 'transcribe', endOfSegment: false });
    expect(text.words.map((w) => [w.text, w.isFinal])).to.deep.equal([
      ['这款', true],
      ['真丝', false],
    ]);
    expect(text.words[0]!.confidence).to.be.closeTo(0.9, 1e-9);

    const translated = decodeSttMessage(sttText({ uid: 4242, seqnum: 8, culture: 'zh-CN', dataType: 'translate', trans: [{ lang: 'en-US', texts: ['This silk'], isFinal: true }] }));
    expect(translated.dataType).to.equal('translate');
    expect(translated.trans).to.deep.equal([{ isFinal: true, lang: 'en-US', texts: ['This silk'] }]);
  });

  it('decodes the JSON mode, in camelCase or snake_case, as bytes or string', () => {
    const json = { uid: '4242', seqnum: 3, culture: 'zh-CN', data_type: 'transcribe', words: [{ text: '你好', is_final: true }], end_of_segment: true };
    const fromString = decodeSttMessage(JSON.stringify(json));
    const fromBytes = decodeSttMessage(new TextEncoder().encode(JSON.stringify({ ...json, dataType: 'transcribe' })));
    for (const text of [fromString, fromBytes]) {
      expect(text).to.deep.include({ uid: 4242, culture: 'zh-CN', endOfSegment: true });
      expect(text.words[0]).to.deep.include({ text: '你好', isFinal: true });
    }
  });

  it('throws a typed error for truncated protobuf', () => {
    const bytes = sttText({ uid: 1, seqnum: 1, culture: 'en-US', words: [{ text: 'hello', isFinal: true }] });
    expect(() => decodeSttMessage(bytes.subarray(0, bytes.length - 3))).to.throw(ProtobufError);
  });

  it('shows interim words in place, then commits the final sentence, per language', () => {
    const store = new CueStore();
    let now = 10;
    const source = new SttSource(store, () => now);
    source.receive(sttText({ uid: 9, seqnum: 1, culture: 'en-US', words: [{ text: 'This', isFinal: false }] }));
    expect(store.active(now, 'en-US').map((cue) => [cue.text, cue.interim])).to.deep.equal([['This', true]]);
    now = 10.4;
    source.receive(sttText({ uid: 9, seqnum: 2, culture: 'en-US', words: [{ text: 'This', isFinal: true }, { text: 'silk', isFinal: false }] }));
    expect(store.active(now, 'en-US').map((cue) => [cue.text, cue.interim])).to.deep.equal([['This silk', true]]);
    now = 11;
    source.receive(sttText({ uid: 9, seqnum: 3, culture: 'en-US', words: [{ text: 'This', isFinal: true }, { text: 'silk', isFinal: true }, { text: 'drapes.', isFinal: true }], endOfSegment: true }));
    expect(store.active(now, 'en-US').map((cue) => [cue.text, cue.interim])).to.deep.equal([['This silk drapes.', false]]);
    now = 11.5;
    source.receive(sttText({ uid: 9, seqnum: 4, culture: 'en-US', words: [{ text: 'Next', isFinal: false }] }));
    expect(store.active(now, 'en-US').map((cue) => cue.text), 'final lingers above the new line').to.deep.equal(['This silk drapes.', 'Next']);
    source.receive(sttText({ uid: 9, seqnum: 5, culture: 'zh-CN', dataType: 'translate', trans: [{ lang: 'es', texts: ['Esta seda'], isFinal: false }] }));
    expect(source.languages).to.deep.equal(['en-US', 'es']);
    expect(store.active(now, 'es').map((cue) => cue.text)).to.deep.equal(['Esta seda']);
    now = 30;
    expect(store.active(now, 'en-US'), 'interim lines expire when the speaker stops').to.deep.equal([]);
  });

  it('survives garbage on the data stream', () => {
    const store = new CueStore();
    const source = new SttSource(store, () => 0);
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      source.receive(new Uint8Array([0xff, 0xff, 0xff]));
      source.receive('{"words": "not a list"');
      source.receive(new Uint8Array([0x7b, 0x7d]));
      for (let i = 0; i < 200; i++) source.receive(crypto.getRandomValues(new Uint8Array(1 + (i % 40))));
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.be.greaterThan(1);
    expect(store.languages().every((lang) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))).to.equal(true);
  });
});
