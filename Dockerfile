# syntax=docker/dockerfile:1
#
# The Wellness Connection content API as a container image.
#
# UNTESTED: our machines have no container runtime, so this file has never been built or run. It was written from
# the app's settings and checked by reading. Outside a container, by hand: the restore and publish commands ran on a
# copy of the build context without .git (for x64), the trained stage's deploy/jit-profile recorded a profile, the
# bundle stage's command made a bundle, and the published server started from it with the ENV below (at other
# paths) and answered the `probe` of the HEALTHCHECK. The deployment path that is tested is tests/fleet (nginx).
#
# Stages:
#   build    (mcr.microsoft.com/dotnet/sdk:10.0)  restores and publishes the app: Release, self-contained, the app,
#            its libraries and the parts of .NET it runs precompiled as one composite ReadyToRun image (as bench/run
#            measures it; what the image holds: src/WellnessConnection/ReadyToRun.targets).
#   trained  starts the published server once on the content of the build context (deploy/jit-profile) and keeps
#            its JIT profile beside it: a replica's first start compiles ahead on a spare core.
#   bundle   runs `WellnessConnection bundle content --output /bundles` on the content of the build context:
#            one validated *.wcbundle (rendered index + manifest). Invalid content fails the build here.
#   runtime  (mcr.microsoft.com/dotnet/runtime-deps:10.0)  the app, non-root, with no bundle: mount one at /bundles.
#   app      (the default, last stage)  runtime with the bundle of the build context baked in at /bundles.
#
# Build (BuildKit, Docker 23 or later); pass the commit so that the app's version names it (see SOURCE_COMMIT):
#   docker build --build-arg SOURCE_COMMIT="$(git rev-parse HEAD)" -t wellness-connection .
#   docker build --target runtime --build-arg SOURCE_COMMIT="$(git rev-parse HEAD)" -t wellness-connection:runtime .
#
# Run with a read-only root filesystem. The server writes only its SQLite index files (Index__Directory=/app/data)
# and temporary files, so those two folders must be writable mounts (tmpfs):
#   docker run --read-only --tmpfs /app/data --tmpfs /tmp -p 8080:8080 \
#     -e PublicAddress__BaseUrl=https://api.wellness.example.org \
#     -e AllowedHosts='api.wellness.example.org' \
#     -e TrustedProxies__Networks__0=10.0.0.0/8 \
#     wellness-connection
# /healthz, /readyz and /metrics answer whatever the Host (the HEALTHCHECK asks for 127.0.0.1); every other path
# answers 400 to a Host that AllowedHosts does not list.
# A bundle is served in place when /app/data is on its file system (a hard link there); otherwise, as with a tmpfs,
# /app/data holds a copy of its index, and while a newer bundle is swapped in the next one too. Give it room for
# two indexes (e.g. --tmpfs /app/data:size=512m). It also keeps the start's JIT profile (about 200 KB).
#
# Bundles mounted instead of baked: build the `runtime` target and mount a folder of bundles read-only. The server
# starts from the newest bundle there and swaps to a newer one dropped in later (written under a temporary name
# that starts with a dot, which the server ignores, then renamed to *.wcbundle; the folder is also polled every 5 s):
#   docker run --read-only --tmpfs /app/data --tmpfs /tmp -p 8080:8080 -v /srv/bundles:/bundles:ro ... \
#     wellness-connection:runtime
# A bundle is served only by the build of the app that made it (its manifest names the app version), so make
# bundles with the same image, e.g. (the output folder must be writable by uid 1654, the image's app user; the
# command builds the index under /tmp first):
#   docker run --rm --read-only --tmpfs /app/data --tmpfs /tmp \
#     -v "$PWD/content:/content:ro" -v /srv/bundles:/out wellness-connection:runtime bundle /content --output /out
# The same -v also works with the default image: the mount hides the baked bundle.
#
# Kubernetes ignores HEALTHCHECK; deploy/kubernetes/ has the probes, and a read-only example with emptyDir volumes.

# Global: the stages below read them with a bare ARG.
# SOURCE_COMMIT: the git commit of the build context (.git is not sent, see .dockerignore). It goes into the app's
# informational version (1.0.0+<commit>), which every bundle's manifest records; the server refuses bundles made by
# another build. Without it, a hash of the sources stands in, so that two different builds never share a version.
ARG SOURCE_COMMIT=""

# ---------------------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src

# Restore first, from the project files alone, so that a change of source code reuses the restored layer.
# .editorconfig is part of the build: with EnforceCodeStyleInBuild its rules are build warnings, hence errors.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/WellnessConnection/WellnessConnection.csproj src/WellnessConnection/
RUN dotnet restore src/WellnessConnection/WellnessConnection.csproj -a "$TARGETARCH" -p:SelfContained=true \
    -p:PublishReadyToRun=true

COPY src/ src/
# Declared here, not above: a new commit then rebuilds from this step on and reuses the restore.
ARG SOURCE_COMMIT
# Self-contained and composite ReadyToRun: a start waits neither for the JIT nor for code that crosses libraries
# (a restart from a bundle of 10,000 sessions: 0.45 s, against 0.65 s framework-dependent). Runs as its own
# executable, /app/WellnessConnection.
# The stand-in version hashes the sources, leaving out the obj/ folder the restore just wrote.
RUN revision="${SOURCE_COMMIT:-src.$(find src Directory.Build.props Directory.Packages.props global.json .editorconfig \
        \( -name bin -o -name obj \) -prune -o -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum \
        | cut -c1-16)}" \
    && echo "SourceRevisionId: $revision" \
    && dotnet publish src/WellnessConnection/WellnessConnection.csproj --no-restore -c Release -a "$TARGETARCH" \
        --self-contained true -p:PublishReadyToRunComposite=true -p:SourceRevisionId="$revision" -o /app/publish

# ---------------------------------------------------------------------------------------------------------------------
# The JIT profile of one start on the content of the build context, kept beside the app (StartupJitProfile.cs).
FROM build AS trained
WORKDIR /work
COPY content/ content/
COPY deploy/jit-profile deploy/
RUN deploy/jit-profile /app/publish content

# ---------------------------------------------------------------------------------------------------------------------
# The content of the build context, validated and rendered by the app just published (the same build the runtime
# serves it with). Built only for the default target; `--target runtime` skips it.
FROM build AS bundle
WORKDIR /work
COPY content/ content/
# The bundle command records $SOURCE_COMMIT in the manifest as the content's commit, when it is given.
ARG SOURCE_COMMIT
RUN /app/publish/WellnessConnection bundle content --output /bundles \
    && ls -l /bundles

# ---------------------------------------------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
ARG SOURCE_COMMIT
LABEL org.opencontainers.image.title="Wellness Connection content API" \
      org.opencontainers.image.revision="${SOURCE_COMMIT}"

# The image's Ubuntu base has ICU and tzdata, which the app uses (InvariantGlobalization is off).
WORKDIR /app
# Owned by root, so the app user cannot change its own code or documents.
COPY --from=trained /app/publish/ /app/
# The trusted GraphQL documents (manifest.json and its .graphql files); the app does not publish them itself.
COPY persisted/ /app/persisted/

ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    # Start from the newest *.wcbundle here and watch for newer ones (baked in by the `app` stage, or a volume).
    Bundles__Directory=/bundles \
    # The SQLite index files: must be writable, a tmpfs (docker --tmpfs) or an emptyDir with a read-only root.
    Index__Directory=/app/data \
    PersistedQueries__Directory=/app/persisted \
    # Right for `docker run -p 8080:8080` on a workstation only: a deployment sets its public https address, on
    # which every absolute URL of the feeds, the embed page and oEmbed is built.
    PublicAddress__BaseUrl=http://localhost:8080 \
    OTEL_SERVICE_NAME=wellness-connection

# The image's built-in non-root user (uid 1654, "app"); numeric, so runAsNonRoot can check it.
USER $APP_UID
EXPOSE 8080

# The runtime-deps image has no curl or wget: the app's own `probe` command asks for the URL and exits 0 on a 2xx.
# It starts a second .NET process each time (some tens of MB for a second), hence the 30 s interval.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["/app/WellnessConnection", "probe", "http://127.0.0.1:8080/healthz"]

# Arguments after the image name go to the app: `docker run IMAGE validate /content`, `... bundle ...`.
ENTRYPOINT ["/app/WellnessConnection"]

# ---------------------------------------------------------------------------------------------------------------------
# The default target: the runtime with the bundle of the build context. Root-owned and read-only to the app.
FROM runtime AS app
COPY --from=bundle /bundles/ /bundles/
