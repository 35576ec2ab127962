package io.keystonebi.sql.embedded;

import java.nio.file.Path;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Runs in a child JVM: starts the embedded server over the given directory, writes a row, says "ready" and
 * waits to be killed, like an application that dies without shutting down.
 */
public final class ServerProcess {

	private ServerProcess() {
	}

	public static void main(String[] args) throws InterruptedException {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
		ClasspathSqlLocator sql = ClasspathSqlLocator.create();
		Jdbi.create(server.dataSource()).useHandle(handle -> {
			handle.execute(sql.locate(EmbeddedPostgresServerIntegrationTests.class, "createTable"));
			handle.createUpdate(sql.locate(EmbeddedPostgresServerIntegrationTests.class, "insertNote"))
				.bind("note", "committed before the crash")
				.execute();
		});
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
