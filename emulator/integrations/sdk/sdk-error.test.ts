/**
 * SDK errors renamed as Step Functions reports them: Java SDK v2 service names, optimized
 * integrations' classes and causes, client-side failures.
 */
import * as dynamodb from "@aws-sdk/client-dynamodb";
import * as sqs from "@aws-sdk/client-sqs";
import { awsSdkFailure, javaV2ServiceName, OPTIMIZED_NAMING, optimizedFailure } from "./sdk-error";

const metadata = { httpStatusCode: 400, requestId: "rid-1" };

describe("javaV2ServiceName", () => {
  it.each([
    ["DynamoDBClient", "DynamoDb"],
    ["SQSClient", "Sqs"],
    ["SNSClient", "Sns"],
    ["S3Client", "S3"],
    ["SFNClient", "Sfn"],
    ["EC2Client", "Ec2"],
    ["SecretsManagerClient", "SecretsManager"],
    ["EventBridgeClient", "EventBridge"],
    ["APIGatewayClient", "ApiGateway"],
    ["CloudWatchLogsClient", "CloudWatchLogs"],
  ])("spells %s as the Java SDK v2 names its service: %s", (client, name) => {
    expect(javaV2ServiceName(client)).toBe(name);
  });
});

describe("optimizedFailure", () => {
  it("names a modeled error by its class and puts the query error code in the cause", () => {
    const error = Object.assign(new sqs.QueueDoesNotExist({ message: "The specified queue does not exist.", $metadata: metadata }), {
      Code: "AWS.SimpleQueueService.NonExistentQueue",
    });
    expect(optimizedFailure(OPTIMIZED_NAMING.sqs, sqs, error)).toEqual({
      status: "failed",
      error: "SQS.QueueDoesNotExistException",
      cause:
        "The specified queue does not exist. (Service: AmazonSQS; Status Code: 400; Error Code: AWS.SimpleQueueService.NonExistentQueue; " +
        "Request ID: rid-1; Proxy: null)",
    });
  });

  it("names an error the model does not declare by the service's base exception", () => {
    const error = Object.assign(new dynamodb.DynamoDBServiceException({ name: "ValidationException", $fault: "client", $metadata: metadata }), {
      message: "1 validation error detected",
    });
    expect(optimizedFailure(OPTIMIZED_NAMING.dynamodb, dynamodb, error)).toEqual({
      status: "failed",
      error: "DynamoDB.AmazonDynamoDBException",
      cause: "1 validation error detected (Service: AmazonDynamoDBv2; Status Code: 400; Error Code: ValidationException; Request ID: rid-1; Proxy: null)",
    });
  });

  it("turns an unknown host into SdkClientException with the Java SDK's wording", () => {
    const error = new Error("getaddrinfo ENOTFOUND no-such-queue-73e08fde");
    expect(optimizedFailure(OPTIMIZED_NAMING.sqs, sqs, error)).toEqual({
      status: "failed",
      error: "SQS.SdkClientException",
      cause: "Unable to execute HTTP request: no-such-queue-73e08fde: Name or service not known",
    });
  });
});

describe("awsSdkFailure", () => {
  it("names a modeled error <Service>.<Exception> with the Java SDK v2 cause", () => {
    const error = new dynamodb.ResourceNotFoundException({ message: "Requested resource not found", $metadata: metadata });
    expect(awsSdkFailure("DynamoDb", dynamodb, error)).toEqual({
      status: "failed",
      error: "DynamoDb.ResourceNotFoundException",
      cause: "Requested resource not found (Service: DynamoDb, Status Code: 400, Request ID: rid-1)",
    });
  });

  it("names an undeclared error <Service>Exception and adds an extended request id when there is one", () => {
    const error = Object.assign(new dynamodb.DynamoDBServiceException({ name: "Throttled", $fault: "client", $metadata: { ...metadata, extendedRequestId: "ext-9" } }), {
      message: "slow down",
    });
    expect(awsSdkFailure("DynamoDb", dynamodb, error)).toEqual({
      status: "failed",
      error: "DynamoDb.DynamoDbException",
      cause: "slow down (Service: DynamoDb, Status Code: 400, Request ID: rid-1, Extended Request ID: ext-9)",
    });
  });

  it("turns a refused connection into <Service>.SdkClientException", () => {
    const failure = awsSdkFailure("S3", {}, new Error("connect ECONNREFUSED 127.0.0.1:4566"));
    expect(failure).toEqual({ status: "failed", error: "S3.SdkClientException", cause: "Unable to execute HTTP request: Connect to 127.0.0.1:4566 failed: Connection refused" });
  });
});
