# syntax=docker/dockerfile:1
#
# One image recipe for every Switchboard process. Services run from their
# TypeScript sources with tsx (no compile step), so the runtime stage is the
# repository with its node_modules. Pick the process with build arguments:
#
#   docker build --build-arg SERVICE=auth    --build-arg SERVICE_ENTRY=services/auth/src/main.ts --build-arg SERVICE_PORT=4001 .
#   docker build --build-arg SERVICE=gateway --build-arg SERVICE_ENTRY=gateway/src/main.ts       --build-arg SERVICE_PORT=8080 .
#
# docker-compose.yml passes these for each service; the one-shot `migrate`
# service reuses an image with `./manage.sh migrate && ./manage.sh seed`.

ARG NODE_VERSION=20

# ---- base: Node on Debian (glibc, so native addons such as argon2 use their prebuilt binaries)
FROM node:${NODE_VERSION}-bookworm-slim AS base
ENV TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
WORKDIR /app

# ---- manifests: only package.json files and the lockfile, so the install below
# stays cached until a dependency changes.
FROM base AS manifests
COPY . /src
RUN cd /src \
 && find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -depth -type d -empty -delete

# ---- deps: the exact lockfile install (workspaces are linked, dev tools included:
# tsx runs the sources and turbo runs the build)
FROM base AS deps
COPY --from=manifests /src/ ./
# npm install honours the lockfile's versions; see manage.sh ensure_deps for why not npm ci.
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund

# ---- build: full sources + `turbo run build` (the web app into web/dist, which the gateway serves)
FROM deps AS build
COPY . .
RUN npx turbo run build

# ---- runtime: read-only code owned by root, run as the unprivileged `node` user
FROM base AS runtime
ARG SERVICE=auth
ARG SERVICE_ENTRY=services/auth/src/main.ts
ARG SERVICE_PORT=4001
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    SERVICE_NAME=${SERVICE} \
    SERVICE_ENTRY=${SERVICE_ENTRY} \
    PORT=${SERVICE_PORT} \
    SKIP_INSTALL=1
COPY --from=build /app /app
USER node
EXPOSE ${SERVICE_PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# exec: node becomes the container's main process and receives SIGTERM itself
# (compose adds `init: true` so a PID 1 reaps zombies and forwards signals).
CMD ["sh", "-c", "exec node --import tsx \"$SERVICE_ENTRY\""]
