# Dossier bot: one image for the indexer job and the Discord bot (see docker-compose.yml).

# --- build: compile TypeScript and native modules, then drop dev dependencies ---
FROM node:20-bookworm-slim AS build
# hnswlib-node compiles with node-gyp at install time.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# onnxruntime-node's postinstall would download CUDA binaries (CPU only here). Its own environment variable does what
# the key in .npmrc does, without npm's "Unknown project config" warning in the build log.
ENV ONNXRUNTIME_NODE_INSTALL_CUDA=skip
COPY package.json package-lock.json ./
# The sources come before `npm ci` because its `prepare` script runs the build.
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY scripts ./scripts
COPY bench ./bench
COPY test/support ./test/support
RUN npm ci && npm prune --omit=dev

# --- runtime: production dependencies, compiled output and the corpus; runs as the unprivileged `node` user ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    CORPUS_DIR=/app/corpus \
    EMBEDDINGS_DIR=/app/embeddings \
    MODEL_CACHE_DIR=/app/models
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The general vocabulary (dictionary, verb forms, thesaurus) the lexical index reads at load: see data/lexicon/SOURCES.md.
COPY data ./data
COPY corpus ./corpus
# Named volumes mounted here start as copies of these folders, so `node` owns them and can write.
RUN mkdir -p embeddings models && chown node:node embeddings models
USER node
CMD ["node", "dist/src/main.js"]
