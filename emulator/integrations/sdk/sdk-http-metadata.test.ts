/**
 * The SDK HTTP metadata in task results: Content-Length in bytes, SNS Publish's answer length and
 * timestamps in Java's double notation.
 */
import { awsJsonEpochSeconds, sdkHttpMetadata, snsPublishBody } from "./sdk-http-metadata";

describe("SDK HTTP metadata", () => {
  it("counts Content-Length in bytes of the body the service sent", () => {
    const meta = sdkHttpMetadata({ contentType: "application/x-amz-json-1.0", body: '{"a":"é"}', requestId: "r-1", date: "Wed, 25 Nov 2026 10:47:45 GMT" });
    expect(meta).toEqual({
      SdkHttpMetadata: {
        AllHttpHeaders: {
          "x-amzn-RequestId": ["r-1"],
          connection: ["keep-alive"],
          "Content-Length": ["10"],
          Date: ["Wed, 25 Nov 2026 10:47:45 GMT"],
          "Content-Type": ["application/x-amz-json-1.0"],
        },
        HttpHeaders: {
          connection: "keep-alive",
          "Content-Length": "10",
          "Content-Type": "application/x-amz-json-1.0",
          Date: "Wed, 25 Nov 2026 10:47:45 GMT",
          "x-amzn-RequestId": "r-1",
        },
        HttpStatusCode: 200,
      },
      SdkResponseMetadata: { RequestId: "r-1" },
    });
  });

  it("writes SNS Publish's XML answer at the length AWS records (294 bytes with uuids)", () => {
    const uuid = "11112222-3333-4444-5555-666677778888";
    expect(Buffer.byteLength(snsPublishBody(uuid, uuid))).toBe(294);
  });

  it("writes timestamps as epoch seconds in Java's double notation", () => {
    expect(awsJsonEpochSeconds(1745486528077)).toBe("1.745486528077E9");
    expect(awsJsonEpochSeconds(1745486528000)).toBe("1.745486528E9");
    expect(awsJsonEpochSeconds(1745486520000)).toBe("1.74548652E9");
  });
});
