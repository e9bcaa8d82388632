# JVM image of a worker (script-worker, password-worker) with PowerShell 7, so a connector can
# choose the pwsh runtime. The build context is the worker's module folder; build the application
# first (mvn -B -DskipTests package): this copies target/quarkus-app/ as Quarkus lays it out.
# docker-compose.yml names this file for each worker and passes the worker's HTTP port as PORT.
#
# Debian 12 is the base because PowerShell is installed from Microsoft's package repository the
# way Microsoft documents it for Debian; the Java 17 runtime is taken from the Temurin image.
FROM eclipse-temurin:17-jre AS java

FROM debian:12-slim
ARG PORT
ENV JAVA_HOME=/opt/java/openjdk \
    PATH=/opt/java/openjdk/bin:$PATH \
    LANG=C.UTF-8
COPY --from=java /opt/java/openjdk /opt/java/openjdk

RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && curl -fsSL -o /tmp/packages-microsoft-prod.deb https://packages.microsoft.com/config/debian/12/packages-microsoft-prod.deb \
 && dpkg -i /tmp/packages-microsoft-prod.deb \
 && rm /tmp/packages-microsoft-prod.deb \
 && apt-get update \
 && apt-get install -y --no-install-recommends powershell \
 && rm -rf /var/lib/apt/lists/* \
 && pwsh -NoLogo -NoProfile -Command '$PSVersionTable.PSVersion.ToString()' \
 && java -version \
 && useradd --system --uid 10001 --create-home --home-dir /home/openecma openecma \
 && mkdir -p /deployments /var/lib/openecma \
 && chown -R 10001 /deployments /var/lib/openecma

WORKDIR /deployments
COPY --chown=10001 target/quarkus-app/lib/ lib/
COPY --chown=10001 target/quarkus-app/*.jar ./
COPY --chown=10001 target/quarkus-app/app/ app/
COPY --chown=10001 target/quarkus-app/quarkus/ quarkus/

USER 10001
EXPOSE ${PORT}
ENV POWERSHELL_TELEMETRY_OPTOUT=1 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
