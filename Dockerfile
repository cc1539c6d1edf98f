# The emulator for CI containers: docker run -p 8083:8083 -v sfn-data:/data sfn-emulator
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY emulator ./emulator
COPY bin ./bin
ENV SFN_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8083
CMD ["node", "-r", "ts-node/register/transpile-only", "bin/sfn-emulator.ts", "--host", "0.0.0.0", "--port", "8083"]
