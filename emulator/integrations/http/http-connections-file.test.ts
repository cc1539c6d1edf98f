/** The HTTP Task's connections file: the README's example is read with each authorization type. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ConnectionsFile } from "./http-connections-file";

describe("the HTTP Task's connections file", () => {
  it("reads the README's example with each authorization type", async () => {
    const file = new ConnectionsFile(path.resolve(__dirname, "../../../examples/http-task/connections.json"));
    const oauth = await file.find("arn:aws:events:us-east-1:123456789012:connection/partner/1b2c3d4e-2345-6789-abcd-ef0123456789");
    expect(oauth?.AuthorizationType).toBe("OAUTH_CLIENT_CREDENTIALS");
    expect(oauth?.AuthParameters.OAuthParameters?.ClientParameters?.ClientSecret).toBe("my-secret");
    const key = await file.find("arn:aws:events:us-east-1:123456789012:connection/stripe/0a1b2c3d-1234-5678-9abc-def012345678");
    expect(key?.AuthParameters.InvocationHttpParameters?.HeaderParameters).toEqual([{ Key: "Stripe-Version", Value: "2024-06-20" }]);
    expect(await file.find("arn:aws:events:us-east-1:123456789012:connection/none/x")).toBeUndefined();
  });

  it.each([
    [{ "not-an-arn": {} }, "the key must be an EventBridge connection ARN"],
    [{ "arn:aws:events:us-east-1:123456789012:connection/a/b": { AuthorizationType: "DIGEST", AuthParameters: {} } }, "AuthorizationType must be one of"],
    [
      { "arn:aws:events:us-east-1:123456789012:connection/a/b": { AuthorizationType: "BASIC", AuthParameters: { BasicAuthParameters: { Username: "u" } } } },
      "AuthParameters/BasicAuthParameters/Password must be a string",
    ],
  ])("refuses a malformed file at start, naming the field (%#)", (document, message) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfn-connections-"));
    const file = path.join(dir, "connections.json");
    fs.writeFileSync(file, JSON.stringify(document));
    try {
      expect(() => new ConnectionsFile(file)).toThrow(message);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
