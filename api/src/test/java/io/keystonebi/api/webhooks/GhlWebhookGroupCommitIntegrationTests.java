package io.keystonebi.api.webhooks;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries that arrive together are stored together: while the inbox is locked, forty concurrent deliveries
 * (thirty events, ten of them sent twice) wait; once it is free they are stored in at most two commits, each
 * event once, and of the two deliveries of one event exactly one is answered as new.
 */
class GhlWebhookGroupCommitIntegrationTests extends WebhookIntegrationTestSupport {

	private static final Pattern RECEIPT = Pattern.compile("\"webhook_id\":\"([^\"]+)\".*\"duplicate\":(true|false)");

	@Test
	void concurrentDeliveriesAreStoredInOneCommitEachEventOnce() throws Exception {
		List<String> bodies = new ArrayList<>();
		IntStream.range(0, 30).forEach((i) -> bodies.add(contact(i)));
		IntStream.range(0, 10).forEach((i) -> bodies.add(contact(i)));
		ExecutorService senders = Executors.newFixedThreadPool(bodies.size());
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try (Handle lock = this.jdbi.open()) {
			lock.begin();
			lock.createUpdate(ownSql("lockInbox")).execute();
			bodies.forEach((body) -> answers.add(senders.submit(() -> this.sender.send(body))));
			// The writer's first batch waits on the lock; give the other deliveries time to queue behind it.
			awaitWaitingInsert(Duration.ofSeconds(10));
			Thread.sleep(1000);
			lock.rollback();
		}
		Map<String, List<Boolean>> duplicates = new TreeMap<>();
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).isEqualTo(200);
			Matcher receipt = RECEIPT.matcher(response.body());
			assertThat(receipt.find()).as(response.body()).isTrue();
			duplicates.computeIfAbsent(receipt.group(1), (id) -> new ArrayList<>())
				.add(Boolean.parseBoolean(receipt.group(2)));
		}
		senders.shutdown();
		assertThat(duplicates).hasSize(30);
		duplicates.forEach((id, flags) -> assertThat(flags.stream().filter((duplicate) -> !duplicate)).as(id).hasSize(1));
		assertThat(ownLines("storedIds")).containsExactlyElementsOf(duplicates.keySet());
		assertThat(Integer.parseInt(ownLines("commits").get(0))).isLessThanOrEqualTo(2);
	}

	private void awaitWaitingInsert(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (Integer.parseInt(ownLines("insertsWaiting").get(0)) == 0) {
			assertThat(System.nanoTime()).as("an insert waiting on the locked inbox").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static String contact(int i) {
		return GhlWebhookEndpointIntegrationTests.CONTACT.replace("3f1c2b9e-7a4d-4e2b-9c1a-5d6e7f8a9b0c",
				String.format("00000000-0000-4000-8000-%012d", i));
	}

}
