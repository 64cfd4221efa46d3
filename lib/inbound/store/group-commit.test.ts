// groupCommit: requests of one event-loop turn share one write; a busy database is
// retried asynchronously; each caller gets its own result. Real timers throughout;
// the 10 s give-up is reached by moving Date.now, not by waiting.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/errors";
import { groupCommit } from "./group-commit";

const busy = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("groupCommit", () => {
  it("hands the items submitted in one turn to a single write call, in order, and answers each with its own result", async () => {
    const calls: number[][] = [];
    const submit = groupCommit<number, string>((items) => {
      calls.push([...items]);
      return items.map((n) => `r${n}`);
    });
    const results = await Promise.all([submit(1), submit(2), submit(3)]);
    expect(results).toEqual(["r1", "r2", "r3"]);
    expect(calls).toEqual([[1, 2, 3]]);

    // A later turn is a new batch.
    expect(await submit(4)).toBe("r4");
    expect(calls).toEqual([[1, 2, 3], [4]]);
  });

  it("does not call write before the current turn has ended", async () => {
    const write = vi.fn((items: string[]) => items.map((s) => s.toUpperCase()));
    const submit = groupCommit(write);
    const first = submit("a");
    expect(write).not.toHaveBeenCalled();
    await Promise.resolve(); // a microtask later is still the same turn for the batch
    const second = submit("b");
    expect(await Promise.all([first, second])).toEqual(["A", "B"]);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith(["a", "b"]);
  });

  it("rejects only the item whose result is an Error", async () => {
    const submit = groupCommit<number, number>((items) => items.map((n) => (n === 2 ? new ApiError("not_found", "no endpoint 2") : n * 10)));
    const settled = await Promise.allSettled([submit(1), submit(2), submit(3)]);
    expect(settled[0]).toEqual({ status: "fulfilled", value: 10 });
    expect(settled[2]).toEqual({ status: "fulfilled", value: 30 });
    expect(settled[1].status).toBe("rejected");
    const reason = (settled[1] as PromiseRejectedResult).reason;
    expect(reason).toBeInstanceOf(ApiError);
    expect(reason.code).toBe("not_found");
    expect(reason.message).toBe("no endpoint 2");
  });

  it("retries a batch that met SQLITE_BUSY and resolves every item once the write succeeds", async () => {
    const calls: string[][] = [];
    const submit = groupCommit<string, string>((items) => {
      calls.push([...items]);
      if (calls.length <= 2) throw busy();
      return items.map((s) => `${s}!`);
    });
    const started = Date.now();
    expect(await Promise.all([submit("a"), submit("b"), submit("c")])).toEqual(["a!", "b!", "c!"]);
    expect(calls).toEqual([
      ["a", "b", "c"],
      ["a", "b", "c"],
      ["a", "b", "c"],
    ]);
    expect(Date.now() - started).toBeLessThan(1000); // retried after milliseconds, not seconds
  });

  it("treats SQLITE_BUSY_SNAPSHOT and SQLITE_LOCKED as busy too", async () => {
    let n = 0;
    const submit = groupCommit<number, number>((items) => {
      n += 1;
      if (n === 1) throw Object.assign(new Error("snapshot"), { code: "SQLITE_BUSY_SNAPSHOT" });
      if (n === 2) throw Object.assign(new Error("locked"), { code: "SQLITE_LOCKED" });
      return items;
    });
    expect(await submit(7)).toBe(7);
    expect(n).toBe(3);
  });

  it("adds items that arrive while a busy batch waits to its retry", async () => {
    const calls: number[][] = [];
    let releaseBusy = false;
    const submit = groupCommit<number, number>((items) => {
      calls.push([...items]);
      if (!releaseBusy) throw busy();
      return items;
    });
    const first = submit(1);
    await new Promise((r) => setTimeout(r, 15)); // a few busy retries
    const second = submit(2);
    releaseBusy = true;
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.at(-1)).toEqual([1, 2]);
    expect(calls.slice(0, -1).every((c) => c.length === 1 && c[0] === 1)).toBe(true);
  });

  it("rejects the whole batch with the error when write throws anything but busy, and carries on with the next batch", async () => {
    const failure = new Error("disk I/O error");
    let n = 0;
    const submit = groupCommit<number, number>((items) => {
      n += 1;
      if (n === 1) throw failure;
      return items;
    });
    const settled = await Promise.allSettled([submit(1), submit(2)]);
    expect(settled).toEqual([
      { status: "rejected", reason: failure },
      { status: "rejected", reason: failure },
    ]);
    expect(n).toBe(1); // not retried
    expect(await submit(3)).toBe(3);
    expect(n).toBe(2);
  });

  it("writes at most 200 items per call and schedules the rest as the next batch", async () => {
    const sizes: number[] = [];
    const submit = groupCommit<number, number>((items) => {
      sizes.push(items.length);
      return items.map((n) => n + 1);
    });
    const items = Array.from({ length: 450 }, (_, i) => i);
    const results = await Promise.all(items.map(submit));
    expect(results).toEqual(items.map((n) => n + 1));
    expect(sizes).toEqual([200, 200, 50]);
  });

  it("gives up after 10 s of busy with ApiError overloaded (503, Retry-After) for every waiting item", async () => {
    const realNow = Date.now.bind(Date);
    let shift = 0;
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + shift);
    let n = 0;
    const submit = groupCommit<number, number>(() => {
      n += 1;
      if (n === 2) shift = 10_001; // the database has been busy for over 10 s by the next retry
      throw busy();
    });
    const settled = await Promise.allSettled([submit(1), submit(2)]);
    expect(n).toBe(2);
    for (const result of settled) {
      expect(result.status).toBe("rejected");
      const reason = (result as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(ApiError);
      expect(reason.code).toBe("overloaded");
      expect(reason.status).toBe(503);
      expect(Number(reason.headers["Retry-After"])).toBeGreaterThanOrEqual(1);
    }
  });

  it("keeps retrying for up to 10 s: a busy spell shorter than that does not give up", async () => {
    const realNow = Date.now.bind(Date);
    let shift = 0;
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + shift);
    let n = 0;
    const submit = groupCommit<number, number>((items) => {
      n += 1;
      if (n === 2) shift = 9_000;
      if (n < 4) throw busy();
      return items;
    });
    expect(await submit(5)).toBe(5);
    expect(n).toBe(4);
  });

  it("measures each busy spell from its own start: after a give-up, a new busy spell is retried again", async () => {
    const realNow = Date.now.bind(Date);
    let shift = 0;
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + shift);
    let n = 0;
    const submit = groupCommit<number, number>((items) => {
      n += 1;
      if (n === 2) shift = 10_001;
      if (n <= 2) throw busy(); // first spell: gives up at the 2nd call
      if (n === 3) throw busy(); // second spell: one busy answer, then the write succeeds
      return items;
    });
    await expect(submit(1)).rejects.toMatchObject({ code: "overloaded" });
    expect(await submit(2)).toBe(2);
    expect(n).toBe(4);
  });

  it("measures each busy spell from its own start: a failed (non-busy) batch ends the spell", async () => {
    const realNow = Date.now.bind(Date);
    let shift = 0;
    vi.spyOn(Date, "now").mockImplementation(() => realNow() + shift);
    let n = 0;
    const submit = groupCommit<number, number>((items) => {
      n += 1;
      if (n === 1) throw busy(); // a busy spell starts…
      if (n === 2) throw new Error("constraint failed"); // …and ends with a batch that fails for another reason
      if (n === 3) throw busy(); // much later, one busy answer…
      return items; // …then the write succeeds
    });
    await expect(submit(1)).rejects.toThrow("constraint failed");
    shift = 60_000; // a minute later
    expect(await submit(2)).toBe(2);
    expect(n).toBe(4);
  });
});
