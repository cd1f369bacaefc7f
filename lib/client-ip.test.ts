import { describe, expect, it } from "vitest";
import { clientIpFrom, PEER_HEADER } from "./client-ip.ts";

function h(xff: string | null, peer: string | null) {
  const x = new Headers();
  if (xff) x.set("x-forwarded-for", xff);
  if (peer) x.set(PEER_HEADER, peer);
  return x;
}

describe("clientIpFrom (issue 10, finding 7)", () => {
  it("finding 7: without proxies (hops 0) the socket address counts, whatever X-Forwarded-For says", () => {
    for (let i = 0; i < 25; i++) expect(clientIpFrom(h(`203.0.113.${i}`, "198.51.100.1"), 0, true)).toBe("198.51.100.1");
    expect(clientIpFrom(h("1.1.1.1, 2.2.2.2", "::ffff:198.51.100.1"), 0, true)).toBe("198.51.100.1");
  });

  it("with N trusted proxies the address the outermost proxy saw counts; client-written entries are skipped", () => {
    expect(clientIpFrom(h("9.9.9.9, 198.51.100.2", "10.0.0.2"), 1, true)).toBe("198.51.100.2");
    expect(clientIpFrom(h("198.51.100.2", "10.0.0.2"), 1, true)).toBe("198.51.100.2");
    expect(clientIpFrom(h("6.6.6.6, 198.51.100.3, 10.0.0.5", "10.0.0.2"), 2, true)).toBe("198.51.100.3");
  });

  it("a peer header is ignored when the process was not started by scripts/server.mjs", () => {
    expect(clientIpFrom(h("198.51.100.4", "1.2.3.4"), 0, false)).toBe("198.51.100.4");
    expect(clientIpFrom(h(null, null), 0, true)).toBe("lokaal");
  });
});
