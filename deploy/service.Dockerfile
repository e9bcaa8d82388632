# JVM image of a service without PowerShell (sync-core, scim-ingress). The build context is the
# service's module folder; build the application first (mvn -B -DskipTests package): this copies
# target/quarkus-app/ as Quarkus lays it out. docker-compose.yml names this file for each service
# and passes the service's HTTP port as PORT.
FROM eclipse-temurin:17-jre
ARG PORT

# curl serves the container health check (/q/health/ready).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /deployments openecma \
 && mkdir -p /deployments /var/lib/openecma/tls \
 && chown -R 10001 /deployments /var/lib/openecma

WORKDIR /deployments
COPY --chown=10001 target/quarkus-app/lib/ lib/
COPY --chown=10001 target/quarkus-app/*.jar ./
COPY --chown=10001 target/quarkus-app/app/ app/
COPY --chown=10001 target/quarkus-app/quarkus/ quarkus/

USER 10001
EXPOSE ${PORT}
ENV LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
