// The benchmark's link mode (docs/performance.md, "Link model"). A CDP profile becomes a link with RTT = its latency
// (CDP charges the latency once per request, which is one round trip on an open connection) and the same down and up
// rates. The pages then load from three HTTPS + HTTP/2 origins through the emulator, in a Chromium that resolves and
// trusts them.
import { CHROMIUM_ARGS } from '../../chromium.mjs';
import { chromiumArgs, originsCertificate, startOrigins } from './origins.mjs';
import { probeTable, runProbe } from './probe.mjs';

/** The routes' ports, fixed so that a run's URLs (and a reader's waterfalls) look the same every time. */
export const LINK_PORTS = { page: 8810, cdn: 8811, stream: 8812 };

export const MODES = ['cdp', 'link'];

/** `{ rttMs, downMbps, upMbps }` for a CDP profile, or null for one without emulation (loopback). */
export function linkConfigFor(profile) {
  const c = profile.conditions;
  return c ? { rttMs: c.latency, downMbps: (c.downloadThroughput * 8) / 1e6, upMbps: (c.uploadThroughput * 8) / 1e6 } : null;
}

/** The link mode of one benchmark run: one certificate (so one browser trusts every profile's origins). */
export function linkMode() {
  const tls = originsCertificate();
  return {
    browserArgs: chromiumArgs(CHROMIUM_ARGS, tls.spki),
    /** Origins for `profile` in front of `backend`, with the node probe's check of that link first. */
    async start(profile, backend) {
      const config = linkConfigFor(profile);
      const probe = await runProbe(config);
      const origins = await startOrigins({ backend, config, ports: LINK_PORTS, tls });
      return { config, probe, probeText: probeTable(probe), origins };
    },
  };
}
