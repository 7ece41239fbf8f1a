import type { IncomingMessage } from 'node:http';

/** Raised when a request body is larger than allowed or not valid JSON. */
export class BodyError extends Error {
  constructor(
    readonly status: 413 | 400,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body up to `limitBytes`, parsing it when it is JSON. A body that grows past the limit
 * stops the upload (the request is destroyed). Read with the stream's events rather than its async
 * iterator, which costs a promise and a queue turn per chunk on every request.
 */
export function readBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) return Promise.reject(tooLarge(limitBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: () => void) => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) return void chunks.push(chunk);
      settle(() => reject(tooLarge(limitBytes)));
      req.destroy();
    };
    const onEnd = () => settle(() => {
      try {
        resolve(parsed(req, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
      } catch (error) {
        reject(error);
      }
    });
    const onError = (error: Error) => settle(() => reject(error));
    // The caller hung up before the body ended.
    const onClose = () => settle(() => reject(new Error('The request was closed before its body ended.')));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

function tooLarge(limitBytes: number): BodyError {
  return new BodyError(413, `Request body is larger than ${limitBytes} bytes.`);
}

/** The body as text, or as the JSON it holds when its type says JSON. */
function parsed(req: IncomingMessage, bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (!type.includes('application/json')) return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'Request body is not valid JSON.');
  }
}
