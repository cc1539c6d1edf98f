/**
 * Task parameters turned into SDK command input: JSON values for text and blob members, dates,
 * DynamoDB maps and camelCase members.
 */
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { PublishCommand } from "@aws-sdk/client-sns";
import { PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { PutItemCommand } from "@aws-sdk/client-dynamodb";
import { StartExecutionCommand } from "@aws-sdk/client-sfn";
import { sdkCommandInput } from "./sdk-input";

describe("sdkCommandInput", () => {
  it("serialises a JSON value given for a blob body, as Step Functions does for S3 PutObject", () => {
    const input = sdkCommandInput({ Bucket: "b", Key: "k", Body: { Dict: "Value" } }, new PutObjectCommand({} as never).schema);
    expect(input).toEqual({ Bucket: "b", Key: "k", Body: '{"Dict":"Value"}' });
  });

  it("serialises JSON values given for text members, nested in lists too", () => {
    expect(sdkCommandInput({ TopicArn: "t", Message: { a: 1 } }, new PublishCommand({} as never).schema)).toEqual({ TopicArn: "t", Message: '{"a":1}' });
    const events = sdkCommandInput({ Entries: [{ Detail: { id: 1 }, Source: "s" }, { Detail: "{}" }] }, new PutEventsCommand({} as never).schema);
    expect(events).toEqual({ Entries: [{ Detail: '{"id":1}', Source: "s" }, { Detail: "{}" }] });
  });

  it("turns timestamps given as text into dates", () => {
    const input = sdkCommandInput({ Bucket: "b", Key: "k", Expires: "2030-01-02T03:04:05Z" }, new PutObjectCommand({} as never).schema);
    expect(input["Expires"]).toEqual(new Date("2030-01-02T03:04:05Z"));
  });

  it("keeps DynamoDB attribute maps, whose keys are the user's, as they are", () => {
    const item = { id: { S: "1" }, tags: { SS: ["a", "b"] }, n: { N: "3" } };
    expect(sdkCommandInput({ TableName: "t", Item: item }, new PutItemCommand({} as never).schema)).toEqual({ TableName: "t", Item: item });
  });

  it("maps PascalCase parameters to the members of an API whose members are camelCase", () => {
    const input = sdkCommandInput({ StateMachineArn: "arn", Input: { a: 1 } }, new StartExecutionCommand({} as never).schema);
    expect(input).toEqual({ stateMachineArn: "arn", input: '{"a":1}' });
  });

  it("passes parameters as they are when there is no schema", () => {
    expect(sdkCommandInput({ A: { b: 1 } }, undefined)).toEqual({ A: { b: 1 } });
  });
});
