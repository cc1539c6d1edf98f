/**
 * The baseline for the request-path benchmark: a bare node:http server that reads the body and
 * answers every POST with the empty ListStateMachines answer and AWS's headers. Run as a child
 * process; prints its port on stdout.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";

const ANSWER = JSON.stringify({ stateMachines: [] });

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
    res.writeHead(200, {
      "Content-Type": "application/x-amz-json-1.0",
      "x-amzn-RequestId": randomUUID(),
      "Content-Length": Buffer.byteLength(ANSWER),
    });
    res.end(ANSWER);
  });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`listening on ${typeof address === "object" && address !== null ? address.port : 0}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
