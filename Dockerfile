# The newsroom CMS as one image: the Express server with the admin built in, declared a deployment.
#   deps     every dependency, installed from the lockfile
#   build    the admin build (with the stamp `npm start` checks), then dev dependencies pruned
#   runtime  the sources, the build and the run-time dependencies, run by an unprivileged user
# docker-compose.yml runs it; docs/deploy.md says how it runs beyond one machine.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# The start script's own build step, so the image carries the stamp that start-up checks and the
# admin is never rebuilt in a container. The build loads the Payload config, which needs a
# secret: this placeholder lives only in this stage's environment, never in the image.
RUN NODE_ENV=production \
    PAYLOAD_SECRET=build-time-placeholder-never-used-at-run-time \
    npm start -- --build-only \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf .next/cache

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NEWSROOM_DEPLOYMENT=true \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/app/data \
    MEDIA_DIR=/app/media
# The build stamp is a hash of these files, so they come from the build context exactly as the
# build stage saw them (next build rewrites tsconfig.json in its own stage). Code and
# dependencies stay owned by root: the server user can write only its data, media and Next cache.
COPY package.json package-lock.json next.config.mjs tsconfig.json ./
COPY src ./src
COPY collections ./collections
COPY seed ./seed
COPY --from=build /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
RUN mkdir -p "$DATA_DIR" "$MEDIA_DIR" && chown node:node "$DATA_DIR" "$MEDIA_DIR"
USER node
EXPOSE 3000
# Ready means the database answers (GET /readyz), not merely that the process is up.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/readyz', { signal: AbortSignal.timeout(4000) }).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1))"]
# `npm start` without npm in between, so SIGTERM reaches the server and it shuts down gracefully;
# the production condition is the one the start script sets (Lexical's entry points on Node 20).
CMD ["node", "--conditions=production", "--import", "tsx", "src/start.ts"]
