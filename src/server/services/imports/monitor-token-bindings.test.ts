import { describe, expect, it } from "vitest";
import { bodiesOfVariable, codeInVariable, mayUseVariable, parseMonitorBindings } from "./monitor-token-bindings.ts";

const CODES = ["almaty", "minfin", "a", "a_b", "test-1f2e"];

describe("PIKIR_MONITOR_* variables bound to bodies (W12)", () => {
  it("reads a body code inside a variable name", () => {
    expect(codeInVariable("test-1f2e")).toBe("TEST_1F2E");
    expect(codeInVariable("almaty")).toBe("ALMATY");
  });

  const none = parseMonitorBindings("");
  const explicit = parseMonitorBindings("PIKIR_MONITOR_SHARED_YT=minfin|almaty; PIKIR_MONITOR_ALMATY_VK=minfin");
  const cases: [string, string, ReturnType<typeof parseMonitorBindings>, boolean][] = [
    // [variable, body, bindings, may use]
    ["PIKIR_MONITOR_ALMATY_YT_KEY", "almaty", none, true],
    ["PIKIR_MONITOR_ALMATY_YT_KEY", "minfin", none, false], // the attack of the review, reversed
    ["PIKIR_MONITOR_MINFIN_YOUTUBE_KEY", "almaty", none, false], // the review's W12 reproduction
    ["PIKIR_MONITOR_YOUTUBE_KEY", "minfin", none, false], // bound to no one: usable by no one
    ["PIKIR_MONITOR_ALMATY", "almaty", none, false], // the code alone names no token
    ["PIKIR_MONITOR_A_B_KEY", "a", none, false], // the longer code owns it
    ["PIKIR_MONITOR_A_B_KEY", "a_b", none, true],
    ["PIKIR_MONITOR_A_KEY", "a", none, true],
    ["PIKIR_MONITOR_TEST_1F2E_YT", "test-1f2e", none, true],
    ["PIKIR_MONITOR_SHARED_YT", "minfin", explicit, true],
    ["PIKIR_MONITOR_SHARED_YT", "almaty", explicit, true],
    ["PIKIR_MONITOR_SHARED_YT", "a", explicit, false],
    ["PIKIR_MONITOR_ALMATY_VK", "almaty", explicit, false], // an explicit binding overrides the name
    ["PIKIR_MONITOR_ALMATY_VK", "minfin", explicit, true],
  ];
  for (const [variable, body, bindings, expected] of cases)
    it(`${variable} for ${body}: ${expected ? "allowed" : "refused"}`, () => {
      expect(mayUseVariable(variable, body, CODES, bindings)).toBe(expected);
    });

  it("lists the bodies a variable is bound to; a binding to an unknown code binds nothing", () => {
    expect(bodiesOfVariable("PIKIR_MONITOR_SHARED_YT", CODES, explicit)).toEqual(["almaty", "minfin"]);
    expect(bodiesOfVariable("PIKIR_MONITOR_X", CODES, parseMonitorBindings("PIKIR_MONITOR_X=nowhere"))).toEqual([]);
  });

  it("refuses a malformed PIKIR_MONITOR_BINDINGS with the offending part", () => {
    for (const bad of ["PIKIR_MONITOR_X", "DATABASE_URL=minfin", "PIKIR_MONITOR_X=", "PIKIR_MONITOR_X=a=b"])
      expect(() => parseMonitorBindings(bad)).toThrow(/is not VARIABLE=code/);
    expect(parseMonitorBindings(" ; PIKIR_MONITOR_X=a ;").get("PIKIR_MONITOR_X")).toEqual(["a"]);
  });
});
