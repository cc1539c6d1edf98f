/**
 * The replay client: service errors, dates and metadata are shaped as boto3 shows them, and TestState
 * is sent without the `sync-` prefix.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { botoErrorResponse, botoErrorString, botoErrorTypename, callOperation, createSfnClient } from "./sfn-client";

/** A stand-in server answering every request with one fixed status and body, recording what it was asked. */
function fakeServer(status: number, body: string): Promise<{ url: string; requests: Array<{ target: string; host: string }>; close: () => Promise<void> }> {
  const requests: Array<{ target: string; host: string }> = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      requests.push({ target: String(req.headers["x-amz-target"]), host: String(req.headers["host"]) });
      res.writeHead(status, { "content-type": "application/x-amz-json-1.0" });
      res.end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

describe("sfn-client", () => {
  it("shapes a service error as boto3 shows it, from the raw body", async () => {
    const server = await fakeServer(400, JSON.stringify({ __type: "com.amazonaws.swf.service.model#ValidationException", message: "bad thing", reason: "CANNOT_UPDATE_COMPLETED_MAP_RUN", extra: 1 }));
    try {
      const r = await callOperation(createSfnClient(server.url), "DescribeExecution", { executionArn: "arn" });
      expect(r.error).toBeDefined();
      const e = r.error!;
      expect(botoErrorResponse(e)).toEqual({
        Error: { Code: "ValidationException", Message: "bad thing" },
        message: "bad thing",
        reason: "CANNOT_UPDATE_COMPLETED_MAP_RUN",
        ResponseMetadata: { HTTPHeaders: {}, HTTPStatusCode: 400 },
      });
      expect(botoErrorString(e)).toBe("An error occurred (ValidationException) when calling the DescribeExecution operation: bad thing");
      expect(botoErrorTypename(e)).toBe("ValidationException");
    } finally {
      await server.close();
    }
  });

  it("names an unmodelled error code ClientError and keeps only Error and ResponseMetadata", async () => {
    const server = await fakeServer(400, JSON.stringify({ __type: "SomethingNew", message: "m" }));
    try {
      const r = await callOperation(createSfnClient(server.url), "ListActivities", {});
      expect(botoErrorTypename(r.error!)).toBe("ClientError");
      expect(botoErrorResponse(r.error!)).toEqual({ Error: { Code: "SomethingNew", Message: "m" }, ResponseMetadata: { HTTPHeaders: {}, HTTPStatusCode: 400 } });
    } finally {
      await server.close();
    }
  });

  it("turns dates into \"datetime\" and $metadata into ResponseMetadata, and sends TestState without the sync- host prefix", async () => {
    const server = await fakeServer(200, JSON.stringify({ activityArn: "arn:a", creationDate: 1700000000.5 }));
    try {
      const client = createSfnClient(server.url);
      const r = await callOperation(client, "CreateActivity", { name: "a" });
      expect(r.response).toEqual({ activityArn: "arn:a", creationDate: "datetime", ResponseMetadata: { HTTPHeaders: {}, HTTPStatusCode: 200 } });
      await callOperation(client, "TestState", { definition: "{}" });
      expect(server.requests.map((q) => q.target)).toEqual(["AWSStepFunctions.CreateActivity", "AWSStepFunctions.TestState"]);
      expect(server.requests[1]?.host.startsWith("sync-")).toBe(false);
    } finally {
      await server.close();
    }
  });
});
