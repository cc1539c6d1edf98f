/** A cache of AWS SDK clients keyed by region, endpoint and account, so task calls share connections. */
import { clientOptions, type AwsClientTarget } from "./aws-client-options";

/** SDK clients reused per region, endpoint and account, so calls share connections; destroyed on close. */
export class ClientCache<Client extends { destroy(): void }> {
  private readonly clients = new Map<string, Client>();

  constructor(private readonly create: (options: ReturnType<typeof clientOptions>) => Client) {}

  get(target: AwsClientTarget): Client {
    const key = `${target.region}|${target.endpoint ?? ""}|${target.account ?? ""}`;
    let client = this.clients.get(key);
    if (!client) {
      client = this.create(clientOptions(target));
      this.clients.set(key, client);
    }
    return client;
  }

  close(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }
}
