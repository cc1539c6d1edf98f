/** Loading SDK clients: a service's npm package and an action's command named, installed or not. */
import { commandName, loadSdkService, sdkCommand, sdkPackageName } from "./sdk-client-loader";

describe("sdk-client-loader", () => {
  it.each([
    ["sqs", "@aws-sdk/client-sqs"],
    ["secretsmanager", "@aws-sdk/client-secrets-manager"],
    ["events", "@aws-sdk/client-eventbridge"],
    ["eventbridge", "@aws-sdk/client-eventbridge"],
    ["dynamodb", "@aws-sdk/client-dynamodb"],
    ["apigateway", "@aws-sdk/client-api-gateway"],
  ])("serves the %s service from %s", (service, packageName) => {
    expect(sdkPackageName(service)).toBe(packageName);
  });

  it("names the command of a camelCase action", () => {
    expect(commandName("sendMessage")).toBe("SendMessageCommand");
  });

  it("loads an installed client with its commands, and nothing for a package that is not installed", () => {
    const service = loadSdkService("secretsmanager");
    expect(service?.clientClass.name).toBe("SecretsManagerClient");
    expect(service && sdkCommand(service, "getSecretValue")).toBeDefined();
    expect(service && sdkCommand(service, "noSuchAction")).toBeUndefined();
    expect(loadSdkService("nosuchservice")).toBeUndefined();
  });
});
