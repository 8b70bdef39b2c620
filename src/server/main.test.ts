import { describe, expect, it } from "vitest";
import { startOptionsFromEnv } from "./main.ts";

describe("startOptionsFromEnv", () => {
  it("listens on this machine only unless HOST says otherwise", () => {
    expect(startOptionsFromEnv({})).toMatchObject({ host: "127.0.0.1", port: 3000 });
    expect(startOptionsFromEnv({ HOST: "0.0.0.0", PORT: "8080" })).toMatchObject({ host: "0.0.0.0", port: 8080 });
  });
});
