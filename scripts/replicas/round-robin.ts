// A small HTTP proxy that sends each request to the next of its upstreams in turn, as a load
// balancer without stickiness would, so that one browser's consecutive requests land on different
// servers. It appends the client's address to X-Forwarded-For (one trusted hop) and names the server
// that answered in `X-Served-By`, which the journey's tests read.
import http from "node:http";

export type Upstream = { name: string; port: number };

export function roundRobinProxy(upstreams: Upstream[]): http.Server {
  const agent = new http.Agent({ keepAlive: true });
  let next = 0;
  return http.createServer((request, response) => {
    const upstream = upstreams[next++ % upstreams.length]!;
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const outbound = http.request(
      {
        host: "127.0.0.1",
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": forwardedFor },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": upstream.name });
        answer.pipe(response);
      },
    );
    outbound.on("error", () => {
      if (!response.headersSent) response.writeHead(502, { "x-served-by": upstream.name });
      response.end();
    });
    request.pipe(outbound);
  });
}
