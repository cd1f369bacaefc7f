import { afterEach, describe, expect, it } from "vitest";
import { appUrlWaarschuwing, env, resetEnvForTests } from "./env.ts";

const saved = { APP_URL: process.env.APP_URL, PORT: process.env.PORT };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
});

describe("APP_URL follows PORT (links in e-mails must work on any port)", () => {
  it("without APP_URL the app's own port is used", () => {
    delete process.env.APP_URL;
    process.env.PORT = "3100";
    resetEnvForTests();
    expect(env().APP_URL).toBe("http://localhost:3100");
  });

  it("an empty APP_URL (as in .env.example) counts as unset", () => {
    process.env.APP_URL = "";
    process.env.PORT = "3200";
    resetEnvForTests();
    expect(env().APP_URL).toBe("http://localhost:3200");
  });

  it("without APP_URL and PORT it is http://localhost:3000", () => {
    delete process.env.APP_URL;
    delete process.env.PORT;
    resetEnvForTests();
    expect(env().APP_URL).toBe("http://localhost:3000");
  });

  it("a given APP_URL wins", () => {
    process.env.APP_URL = "https://sociale-basis.example.nl";
    process.env.PORT = "3100";
    resetEnvForTests();
    expect(env().APP_URL).toBe("https://sociale-basis.example.nl");
  });

  it("the start warns when a local APP_URL names another port than PORT, and only then", () => {
    expect(appUrlWaarschuwing({ APP_URL: "http://localhost:3000", PORT: 3100 })).toMatch(/poort 3000.*poort 3100/);
    expect(appUrlWaarschuwing({ APP_URL: "http://localhost:3100", PORT: 3100 })).toBeNull();
    expect(appUrlWaarschuwing({ APP_URL: "https://sociale-basis.example.nl", PORT: 3100 })).toBeNull();
  });
});
