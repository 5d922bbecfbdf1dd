import { expect } from '@esm-bundle/chai';
import '../../src/player/index.js';
import type { ShoplivePlayer } from '../../src/player/player.js';
import { cleanup, mount, shadowQuery, waitFor } from '../support/dom.js';

const label = (player: ShoplivePlayer, part: string) => shadowQuery(player, `[part=${part}]`)?.getAttribute('aria-label');

describe('<shoplive-player> localized UI', () => {
  afterEach(() => {
    cleanup();
    document.documentElement.lang = 'en';
  });

  it('speaks the language of its own lang attribute', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="de" title="Seidenkleid" src=""></shoplive-player>`);
    await waitFor(() => label(player, 'base') === 'Livestream: \u2068Seidenkleid\u2069', 'German region label');
    expect(label(player, 'controls')).to.equal('Player-Steuerung');
    expect(shadowQuery(player, '[part=error-panel]')?.textContent).to.match(/keine gültige Adresse/);
  });

  it('follows the document language, and changes when it changes', async () => {
    document.documentElement.lang = 'ja';
    const player = mount<ShoplivePlayer>(`<shoplive-player></shoplive-player>`);
    await waitFor(() => label(player, 'base') === 'ライブ配信', 'Japanese');
    document.documentElement.lang = 'pt-BR';
    await waitFor(() => label(player, 'base') === 'Transmissão ao vivo', 'Portuguese after the change');
  });

  it('inherits lang from an ancestor and picks Traditional Chinese for Hong Kong', async () => {
    const wrapper = mount(`<section lang="zh-HK"><shoplive-player></shoplive-player></section>`);
    const player = wrapper.querySelector<ShoplivePlayer>('shoplive-player')!;
    await waitFor(() => label(player, 'controls') === '播放器控制項', 'zh-TW text');
  });

  it('lays Arabic out right to left', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="ar" src="not a url" loading="eager"></shoplive-player>`);
    await waitFor(() => shadowQuery(player, '[part=error-panel]')?.textContent?.includes('لا يوجد عنوان صالح'), 'Arabic error text');
    const base = shadowQuery(player, '[part=base]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(shadowQuery(player, '[part=controls]')!).direction).to.equal('rtl');
  });

  it('falls back to English for a language it does not ship', async () => {
    const player = mount<ShoplivePlayer>(`<shoplive-player lang="sv"></shoplive-player>`);
    await player.updateComplete;
    expect(label(player, 'base')).to.equal('Live stream');
  });
});
