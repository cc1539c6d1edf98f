# The emulator for CI containers: docker run -p 8083:8083 -v sfn-data:/data sfn-emulator
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY emulator ./emulator
COPY bin ./bin
RUN npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev
ENV SFN_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8083
CMD ["node", "dist/bin/sfn-emulator.js", "--host", "0.0.0.0", "--port", "8083"]
