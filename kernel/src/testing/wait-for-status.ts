/**
 * GETs `url` until it answers `status` (readiness is checked in the background, so it turns
 * a moment after what it watches changes); resolves with the status and JSON body, or rejects
 * naming the last answer after `timeoutMs`.
 */
export async function waitForStatus(url: string, status: number, timeoutMs = 5000): Promise<{ status: number; body: unknown }> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    try {
      const response = await fetch(url);
      const body: unknown = await response.json().catch(() => undefined);
      if (response.status === status) return { status, body };
      last = `${response.status} ${JSON.stringify(body)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer ${status} within ${timeoutMs} ms; last: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
