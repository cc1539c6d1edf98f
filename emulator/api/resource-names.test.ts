/**
 * Name rules: forbidden characters and lone surrogates are InvalidName in every kind of name;
 * non-ASCII letters are accepted.
 */
import { CreateActivityCommand, CreateStateMachineCommand, SFNClient, StartExecutionCommand } from "@aws-sdk/client-sfn";
import { createMachine, failure, useTestEmulator } from "../testing/test-emulator";

const ROLE = "arn:aws:iam::123456789012:role/sfn-role";
const DEFINITION = JSON.stringify({ StartAt: "P", States: { P: { Type: "Pass", End: true } } });

let sfn: SFNClient;

useTestEmulator({}, (started) => ({ sfn } = started));

describe("names follow AWS's rules", () => {
  it.each([
    ["a lone high surrogate", "\ud800"],
    ["a lone low surrogate", "x\udc00y"],
    ["a reversed pair", "\udc00\ud800"],
    ["a C1 control character", "a\u0085b"],
    ["DEL", "a\u007fb"],
    ["U+FFFE", "a\ufffe"],
    ["U+FFFF", "a\uffff"],
    ["U+10FFFF", "a\udbff\udfff"],
    ["a no-break space", "a\u00a0b"],
  ])("rejects %s as InvalidName in every kind of name", async (_label, name) => {
    expect(await failure(sfn.send(new CreateStateMachineCommand({ name, definition: DEFINITION, roleArn: ROLE })))).toMatchObject({
      name: "InvalidName",
      status: 400,
    });
    expect(await failure(sfn.send(new CreateActivityCommand({ name })))).toMatchObject({ name: "InvalidName" });
    const arn = await createMachine(sfn, JSON.parse(DEFINITION) as object);
    expect(await failure(sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name })))).toMatchObject({ name: "InvalidName" });
  });

  it("accepts letters outside the BMP (a surrogate pair is one character) and other non-ASCII letters", async () => {
    const created = await sfn.send(new CreateStateMachineCommand({ name: "order-😀-é-日本", definition: DEFINITION, roleArn: ROLE }));
    expect(created.stateMachineArn).toMatch(/:stateMachine:order-😀-é-日本$/);
  });
});
