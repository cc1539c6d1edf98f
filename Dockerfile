# The emulator for CI containers (README, "Docker"): compiled JavaScript and production dependencies
# only, run as the unprivileged `node` user, with a health check on GET /health.

# Build: the TypeScript toolchain compiles dist/ and esbuild bundles the console (npm ci runs the
# prepare script); the compilers are here for better-sqlite3, which builds from source when no
# prebuilt binary downloads.
FROM node:20-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY emulator ./emulator
COPY bin ./bin
COPY console ./console
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

# Run: no dev dependencies, no sources, no compilers.
FROM node:20-slim
ENV NODE_ENV=production PORT=8083 SFN_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8083
HEALTHCHECK --interval=5s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node is PID 1 and the CLI handles SIGTERM itself (closes the store, exits 0), so `docker stop` is quick.
# Flags after the image name are added to these (`docker run … sfn-emulator --in-memory`).
ENTRYPOINT ["node", "dist/bin/sfn-emulator.js", "--host", "0.0.0.0"]
CMD []
