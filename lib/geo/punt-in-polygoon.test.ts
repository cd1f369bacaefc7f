import { describe, expect, it } from "vitest";
import { puntInGrens } from "./punt-in-polygoon.ts";

const vierkant = (x: number, y: number, d: number) => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]] as [number, number][];

describe("point in polygon", () => {
  it("Polygon: inside, outside, and a hole is outside", () => {
    const g = { type: "Polygon", coordinates: [vierkant(0, 0, 10), vierkant(4, 4, 2)] };
    expect(puntInGrens(1, 1, g)).toBe(true);
    expect(puntInGrens(11, 1, g)).toBe(false);
    expect(puntInGrens(5, 5, g)).toBe(false);
    expect(puntInGrens(3.9, 5, g)).toBe(true);
  });

  it("MultiPolygon: inside any part; a concave outline", () => {
    const g = { type: "MultiPolygon", coordinates: [[vierkant(0, 0, 1)], [vierkant(5, 5, 1)]] };
    expect(puntInGrens(5.5, 5.5, g)).toBe(true);
    expect(puntInGrens(3, 3, g)).toBe(false);
    const u = { type: "Polygon", coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] };
    expect(puntInGrens(1.5, 2, u)).toBe(false);
    expect(puntInGrens(0.5, 2, u)).toBe(true);
  });

  it("anything else is never inside", () => {
    expect(puntInGrens(0, 0, null)).toBe(false);
    expect(puntInGrens(0, 0, { type: "Point", coordinates: [0, 0] })).toBe(false);
  });
});
