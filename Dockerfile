# Keystone BI application image.
#
#   docker build -t keystone-bi .
#   docker run -p 8080:8080 -e BI_DATABASE_URL=jdbc:postgresql://db:5432/keystone \
#     -e BI_DATABASE_USERNAME=keystone -e BI_DATABASE_PASSWORD=... keystone-bi
#
# docker-compose.yml builds and runs this image together with PostgreSQL, Redis, Mailpit and nginx.

# --- Build: the project's Maven launcher needs Maven 3.6.3+ on PATH, which this image provides. ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -DskipTests package \
 && java -Djarmode=tools -jar api/target/api-0.1.0-SNAPSHOT.jar extract --layers --launcher \
      --destination /extracted

# --- Run: JRE only, non-root, layers ordered from least to most often changed for better caching. ---
FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system keystone \
 && useradd --system --gid keystone --home-dir /app --shell /usr/sbin/nologin keystone \
 && mkdir -p /app/data \
 && chown -R keystone:keystone /app
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER keystone
EXPOSE 8080
# Leaves a quarter of the container's memory to the JVM's own needs (metaspace, threads, buffers).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# One JSON object per log line (Elastic Common Schema) for log collectors; LOG_FORMAT= (empty) for plain text.
ENV LOG_FORMAT=ecs
# Startup runs Flyway migrations, so the first check waits a while before failures count.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl --fail --silent --show-error --output /dev/null http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
