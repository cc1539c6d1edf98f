/** Tests of the parameter checks AWS makes before scheduling a Task (API Gateway headers). */
import { parseTaskResource } from "../definition/task-resource";
import { taskParametersProblem } from "./task-parameters";

describe("taskParametersProblem", () => {
  const apigw = parseTaskResource("arn:aws:states:::apigateway:invoke");

  it("accepts API Gateway headers given as lists of strings", () => {
    expect(taskParametersProblem(apigw, { ApiEndpoint: "x", Headers: { custom: ["a", "b"] } })).toBeUndefined();
    expect(taskParametersProblem(apigw, { ApiEndpoint: "x" })).toBeUndefined();
  });

  it("rejects an API Gateway header given as a single string, in AWS's words", () => {
    expect(taskParametersProblem(apigw, { Headers: { custom: "single" } })).toBe("The value of the field 'Headers' has an invalid format");
  });

  it("leaves other integrations' parameters alone", () => {
    expect(taskParametersProblem(parseTaskResource("arn:aws:states:::lambda:invoke"), { Headers: "anything" })).toBeUndefined();
  });
});
