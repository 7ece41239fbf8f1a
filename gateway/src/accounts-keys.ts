import { createLocalJWKSet, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/** How the gateway keeps the accounts signing keys current. */
export interface AccountsKeysOptions {
  /** Fetch the JWKS this often, so a removed key stops being trusted within this time. */
  refreshMs: number;
  /** Longest wait for one fetch. */
  timeoutMs: number;
  /** An unknown `kid` fetches the JWKS again, at most this often (a flood of forged kids costs one fetch). */
  unknownKidCooldownMs: number;
}

/**
 * The public keys that verify access tokens, fetched from the accounts JWKS on a schedule rather
 * than cached for minutes: a key taken out of ACCOUNTS_SIGNING_KEYS is gone from here within
 * `refreshMs`, and `has(kid)` lets the verified-token cache drop what that key signed (docs/adr/020).
 */
export class AccountsKeys {
  private keySet: JWTVerifyGetKey | undefined;
  private kids = new Set<string>();
  /** When an unknown kid last made us fetch (the scheduled fetches do not count against the cooldown). */
  private lastUnknownKidFetch = 0;
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: URL,
    private readonly options: AccountsKeysOptions,
  ) {}

  /** True when the key with this id is in the JWKS as last fetched. */
  has(kid: string | undefined): boolean {
    return kid !== undefined && this.kids.has(kid);
  }

  /** The key-lookup function for jose's jwtVerify: an unknown kid refetches (rotation), within the cooldown. */
  readonly getKey: JWTVerifyGetKey = async (header, token) => {
    if (this.inFlight) await this.inFlight.catch(() => undefined);
    if (!this.keySet || (!this.has(header.kid) && Date.now() - this.lastUnknownKidFetch >= this.options.unknownKidCooldownMs)) {
      this.lastUnknownKidFetch = Date.now();
      await this.refresh();
    }
    return this.keySet!(header, token);
  };

  /** Fetches the JWKS now (one fetch at a time); rejects when accounts cannot be reached, keeping the last keys. */
  refresh(): Promise<void> {
    this.inFlight ??= this.fetchKeys().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /** Refreshes every `refreshMs` until stopped; a failed fetch keeps the keys and tries again next time. */
  start(): void {
    const tick = () => {
      this.timer = setTimeout(() => void this.refresh().catch(() => undefined).finally(() => this.timer && tick()), this.options.refreshMs);
      this.timer.unref();
    };
    tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async fetchKeys(): Promise<void> {
    const response = await fetch(this.url, { signal: AbortSignal.timeout(this.options.timeoutMs), headers: { accept: 'application/json' } });
    if (!response.ok) {
      await response.arrayBuffer();
      throw new Error(`the accounts JWKS answered ${response.status}`);
    }
    const document = (await response.json()) as JSONWebKeySet;
    if (!Array.isArray(document?.keys)) throw new Error('the accounts JWKS holds no "keys" array');
    this.keySet = createLocalJWKSet(document);
    this.kids = new Set(document.keys.map((key) => key.kid).filter((kid): kid is string => typeof kid === 'string'));
  }
}
