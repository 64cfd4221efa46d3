// Reads a server-sent events response in a test: collects parsed messages and lets
// the test wait for the first one that matches.
export type SseMessage = { event: string; data: any };

export function openSse(url: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const messages: SseMessage[] = [];
  const waiters = new Set<() => void>();
  const ready = fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: controller.signal }).then((response) => {
    void (async () => {
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.*)$/m.exec(block)?.[1];
            const data = /^data: (.*)$/m.exec(block)?.[1];
            if (event && data) messages.push({ event, data: JSON.parse(data) });
            waiters.forEach((wake) => wake());
          }
        }
      } catch {
        // aborted by close()
      }
    })();
    return response;
  });

  async function waitFor(match: (m: SseMessage) => boolean, timeoutMs = 15_000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching SSE message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`);
      await new Promise<void>((resolve) => {
        const wake = () => (waiters.delete(wake), resolve());
        waiters.add(wake);
        setTimeout(wake, 200);
      });
    }
  }

  return { ready, messages, waitFor, close: () => controller.abort() };
}
