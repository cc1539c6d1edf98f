/** Tests of Task Resource recognition: integrations and their patterns, aws-sdk calls, malformed ARNs. */
import { classifyResource } from "./resource-arn";

describe("classifyResource", () => {
  it("recognises an optimized integration and its pattern", () => {
    expect(classifyResource("arn:aws:states:::states:startExecution.sync:2")).toEqual({
      kind: "integration",
      service: "states",
      action: "startExecution",
      pattern: ".sync:2",
    });
  });

  it("recognises region- and account-qualified integration ARNs", () => {
    expect(classifyResource("arn:aws:states:eu-west-1:123456789012:sns:publish").kind).toBe("integration");
  });

  it("recognises aws-sdk calls for any service", () => {
    expect(classifyResource("arn:aws:states:::aws-sdk:someNewService:doThing")).toEqual({ kind: "unrecognized" });
    expect(classifyResource("arn:aws:states:::aws-sdk:somenewservice:doThing")).toEqual({
      kind: "aws-sdk",
      service: "somenewservice",
      action: "doThing",
      pattern: "",
    });
  });

  it("refuses a pattern the integration does not support", () => {
    expect(classifyResource("arn:aws:states:::dynamodb:getItem.waitForTaskToken")).toEqual({ kind: "unrecognized" });
  });

  it("refuses a malformed Lambda ARN", () => {
    expect(classifyResource("arn:aws::lambda:us-east-1:111122223333:function:f")).toEqual({ kind: "unrecognized" });
  });
});
