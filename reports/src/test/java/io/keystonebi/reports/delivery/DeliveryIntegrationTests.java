package io.keystonebi.reports.delivery;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.schedule.SchedulePlanner;
import io.keystonebi.reports.schedule.ScheduleRequest;
import io.keystonebi.reports.schedule.ScheduleRequest.RecipientRequest;
import io.keystonebi.reports.schedule.Schedules;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PanelsIntegrationTest
// A database of their own: the Harbor Homes accounts would clash with other tests' fixtures.
@TestPropertySource(properties = "bi.test.fixture=delivery")
class DeliveryIntegrationTests {

	/** The first run after {@link DeliveryFixtures#NOW} of a daily 07:00 New York schedule, and just after it. */
	private static final Instant FIRST_RUN = Instant.parse("2026-03-18T11:00:30Z");

	static final ReportsProperties.Delivery PROPERTIES = new ReportsProperties.Delivery(
			"Keystone BI <reports@harbor.test>", List.of("example.com"), "https://bi.harbor.test",
			"0123456789abcdef0123456789abcdef", 2, 5, Duration.ofSeconds(2), Duration.ofMillis(200),
			Duration.ofSeconds(1), 8);

	@Autowired
	Jdbi jdbi;

	private final TestComposer composer = new TestComposer();

	private final ExecutorService pool = Executors.newFixedThreadPool(2);

	private Schedules schedules;

	private SchedulePlanner planner;

	private Unsubscribes unsubscribes;

	private int port;

	private GreenMail greenMail;

	@BeforeEach
	void setUp() throws IOException {
		DeliveryFixtures.harborAccounts(this.jdbi);
		ReportsProperties properties = new ReportsProperties(5, Period.ofYears(3), 1, null, null, null,
				null, null, null, PROPERTIES, new ReportsProperties.Schedules(100), null);
		this.schedules = new Schedules(this.jdbi, Clock.fixed(DeliveryFixtures.NOW, ZoneOffset.UTC), properties);
		this.planner = new SchedulePlanner(this.jdbi, Clock.systemUTC(), 100);
		this.unsubscribes = new Unsubscribes(this.jdbi, PROPERTIES);
		try (ServerSocket free = new ServerSocket(0)) {
			this.port = free.getLocalPort();
		}
		this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
	}

	@AfterEach
	void tearDown() {
		this.greenMail.stop();
		this.pool.shutdownNow();
	}

	@Test
	void eachRecipientGetsOneMessageAddressedToThemAloneWithTheirOwnScope() throws Exception {
		long id = schedule(false, false, RecipientRequest.account(1), RecipientRequest.account(5),
				RecipientRequest.team(1), RecipientRequest.email("cfo@example.com", "brokerage", null));
		assertThat(this.planner.planDue(FIRST_RUN)).isEqualTo(6);
		sender("a", mailSender(this.port)).sendAllDue();

		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 sent 1", "account:2 sent 1",
				"account:3 sent 1", "account:4 skipped 0 account Bob Broker is inactive", "account:5 sent 1",
				"email:cfo@example.com sent 1");
		Map<String, MimeMessage> byRecipient = byRecipient(this.greenMail.getReceivedMessages());
		assertThat(byRecipient).containsOnlyKeys("erin@harbor.test", "vic@harbor.test", "dana@harbor.test",
				"ann@harbor.test", "cfo@example.com");
		// Dana manages Team East (Ann and Bob), Ann gets her own book, outside readers what they were given.
		assertThat(text(byRecipient.get("dana@harbor.test"))).contains("Team review for Team East, February 2026");
		assertThat(text(byRecipient.get("ann@harbor.test"))).contains("Team review for Ann Agent's own book");
		assertThat(text(byRecipient.get("erin@harbor.test"))).contains("Hello Erin Exec,").contains("Whole brokerage");
		assertThat(attachmentText(byRecipient.get("dana@harbor.test")))
			.isEqualTo("scope,revenue\n" + DataScope.team(1, List.of(1L, 2L)).key() + ",1000\n");
		// Vic (viewer) and the outside reader share one audience and one render; Erin, Dana and Ann one each.
		assertThat(this.composer.made).hasValue(4);
	}

	@Test
	void aMessageHasOneToNoCopiesTheAttachmentsNamedForThePeriodAndAnUnsubscribeHeader() throws Exception {
		long id = schedule(false, false, RecipientRequest.account(1), RecipientRequest.account(2));
		this.planner.planDue(FIRST_RUN);
		sender("a", mailSender(this.port)).sendAllDue();

		MimeMessage message = byRecipient(this.greenMail.getReceivedMessages()).get("erin@harbor.test");
		assertThat(message.getRecipients(RecipientType.TO)).extracting(Object::toString)
			.containsExactly("erin@harbor.test");
		assertThat(message.getRecipients(RecipientType.CC)).isNull();
		assertThat(message.getRecipients(RecipientType.BCC)).isNull();
		assertThat(message.getSubject()).isEqualTo("Harbor weekly \u2014 February 2026");
		assertThat(message.getFrom()).extracting(Object::toString).containsExactly("Keystone BI <reports@harbor.test>");
		assertThat(attachmentNames(message)).containsExactly("Team review-2026-02.csv");
		long recipientId = DeliveryFixtures.recipientIds(this.jdbi, id).get("account:1");
		assertThat(message.getHeader("List-Unsubscribe")).containsExactly(
				"<https://bi.harbor.test/reports/unsubscribe?token=" + this.unsubscribes.token(recipientId, id) + ">");
		assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(DeliveryFixtures.messageIds(this.jdbi, id))
			.contains("account:1 " + message.getMessageID());
	}

	@Test
	void whileTheMailServerIsDownDeliveriesWaitAndRetryThenArriveOnceItIsBack() throws Exception {
		this.greenMail.stop();
		long id = schedule(false, false, RecipientRequest.account(1), RecipientRequest.account(3));
		this.planner.planDue(FIRST_RUN);
		DeliverySender sender = sender("a", mailSender(this.port));
		sender.sendDue();

		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).hasSize(2)
			.allSatisfy((line) -> assertThat(line).matches("account:\\d retrying 1 mail server not reachable: .*"));
		assertThat(DeliveryFixtures.retryingLater(this.jdbi, id)).isEqualTo(2);

		this.greenMail = new GreenMail(new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		this.greenMail.start();
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			sender.sendAllDue();
			assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).allSatisfy((line) -> assertThat(line).contains(" sent "));
		});
		assertThat(recipients(this.greenMail.getReceivedMessages()))
			.containsExactlyInAnyOrder("erin@harbor.test", "ann@harbor.test");
	}

	@Test
	void anAddressTheServerRefusesIsFailedAtOnceWithItsReplyWhileTheOthersAreDelivered() throws Exception {
		long id = schedule(false, false, RecipientRequest.account(1), RecipientRequest.account(3),
				RecipientRequest.email("gone@example.com", "brokerage", null));
		this.planner.planDue(FIRST_RUN);
		try (SmtpStub stub = new SmtpStub(Set.of("gone@example.com"))) {
			DeliverySender sender = sender("a", mailSender(stub.port()));
			sender.sendAllDue();
			Thread.sleep(PROPERTIES.initialBackoff().multipliedBy(3).toMillis());
			sender.sendAllDue();

			assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 sent 1",
					"account:3 sent 1", "email:gone@example.com failed 1 mail server replied 550: "
							+ SmtpStub.REFUSAL);
			assertThat(stub.delivered).containsExactlyInAnyOrder("erin@harbor.test", "ann@harbor.test");
		}
	}

	@Test
	void anUnsubscribeLinkStopsTheRecipientsEmailsAndATamperedOneIsRefused() throws Exception {
		long id = schedule(false, false, RecipientRequest.account(1), RecipientRequest.account(3));
		long erin = DeliveryFixtures.recipientIds(this.jdbi, id).get("account:1");
		String token = this.unsubscribes.token(erin, id);

		assertThat(this.unsubscribes.unsubscribe(token.substring(0, token.length() - 2) + "xx")).isEmpty();
		assertThat(this.unsubscribes.unsubscribe(this.unsubscribes.token(erin, id + 1))).isEmpty();
		assertThat(this.unsubscribes.unsubscribe(token.replaceFirst("^\\d+", String.valueOf(erin + 1)))).isEmpty();
		assertThat(this.unsubscribes.unsubscribe(token))
			.contains(new Unsubscribes.Unsubscription(id, erin, "Harbor weekly"));

		this.planner.planDue(FIRST_RUN);
		sender("a", mailSender(this.port)).sendAllDue();
		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 unsubscribed 0",
				"account:3 sent 1");
		assertThat(recipients(this.greenMail.getReceivedMessages())).containsExactly("ann@harbor.test");
	}

	@Test
	void aRecipientUnsubscribedAfterPlanningIsNotSent() throws Exception {
		long id = schedule(false, false, RecipientRequest.account(1));
		this.planner.planDue(FIRST_RUN);
		this.unsubscribes.unsubscribe(this.unsubscribes.token(DeliveryFixtures.recipientIds(this.jdbi, id).get("account:1"), id));
		sender("a", mailSender(this.port)).sendAllDue();
		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 unsubscribed 1");
		assertThat(this.greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void anEmptyReportIsSkippedWhenTheScheduleSaysSo() {
		long id = schedule(true, false, RecipientRequest.account(1));
		this.composer.empty = true;
		this.planner.planDue(FIRST_RUN);
		sender("a", mailSender(this.port)).sendAllDue();
		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 skipped 1 no data in the period");
		assertThat(this.greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void aReportEqualToTheLastOneSentIsSkippedAndAChangedOneIsSent() throws Exception {
		long id = schedule(false, true, RecipientRequest.account(1));
		DeliverySender sender = sender("a", mailSender(this.port));
		this.planner.planDue(FIRST_RUN);
		sender.sendAllDue();
		// The next runs report on the day before (the schedule now sends the daily definition), so each has a
		// period of its own; the first of them has the same figures as February's report.
		this.jdbi.useHandle((handle) -> handle.createUpdate(DeliveryFixtures.sql("useDailyDefinition"))
			.bind("scheduleId", id).execute());
		this.planner.planDue(Instant.parse("2026-03-19T11:00:30Z"));
		sender.sendAllDue();
		this.composer.revenue = new BigDecimal("1200");
		this.planner.planDue(Instant.parse("2026-03-20T11:00:30Z"));
		sender.sendAllDue();

		assertThat(DeliveryFixtures.periods(this.jdbi, id)).containsExactly(
				"account:1 2026-02-01 2026-03-01 2026-03-18", "account:1 2026-03-18 2026-03-19 2026-03-19",
				"account:1 2026-03-19 2026-03-20 2026-03-20");
		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 sent 1",
				"account:1 skipped 1 unchanged since February 2026", "account:1 sent 1");
		assertThat(this.greenMail.getReceivedMessages()).hasSize(2);
	}

	@Test
	void anOutsideAddressNoLongerInTheAllowedDomainsIsNotSent() throws Exception {
		long id = schedule(false, false, RecipientRequest.email("cfo@example.com", "team", 1L));
		this.planner.planDue(FIRST_RUN);
		ReportsProperties.Delivery narrowed = new ReportsProperties.Delivery(PROPERTIES.from(), List.of("harbor.test"),
				PROPERTIES.publicUrl(), PROPERTIES.unsubscribeSecret(), 2, 5, PROPERTIES.lease(),
				PROPERTIES.initialBackoff(), PROPERTIES.maxBackoff(), 8);
		DeliveryConfiguration.newSender(this.jdbi, this.composer, mailSender(this.port), this.unsubscribes, narrowed,
				Clock.systemUTC(), this.pool, "a").sendAllDue();
		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly(
				"email:cfo@example.com failed 1 the address cfo@example.com is not in the allowed domains [harbor.test]");
		assertThat(this.greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void sendAgainMakesANewMessageAndTheLogShowsIt() throws Exception {
		long id = schedule(false, false, RecipientRequest.account(1));
		this.planner.planDue(FIRST_RUN);
		DeliverySender sender = sender("a", mailSender(this.port));
		sender.sendAllDue();
		DeliveryLog log = new DeliveryLog(this.jdbi);
		long deliveryId = log.list(id, "sent", null, 0, 10).deliveries().get(0).id();

		log.resend(deliveryId);
		assertThat(log.list(id, "pending", null, 0, 10).deliveries()).singleElement()
			.satisfies((row) -> assertThat(row.resends()).isEqualTo(1));
		sender.sendAllDue();

		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 sent 2");
		MimeMessage[] received = this.greenMail.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received[0].getMessageID()).isNotEqualTo(received[1].getMessageID());
	}

	@Test
	void twoSendersOnOneDatabaseOneStoppingMidRunDeliverEachMessageExactlyOnce() throws Exception {
		List<RecipientRequest> recipients = new ArrayList<>();
		for (int i = 1; i <= 40; i++) {
			recipients.add(RecipientRequest.email("reader" + i + "@example.com", "brokerage", null));
		}
		long id = schedule(false, false, recipients.toArray(RecipientRequest[]::new));
		assertThat(this.planner.planDue(FIRST_RUN)).isEqualTo(40);
		DeliverySender survivor = sender("survivor", mailSender(this.port));
		DeliverySender stopping = sender("stopping", new StoppingMailSender(this.port, 3));

		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(survivor::sendAllDue);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(stopping::sendDue);
		first.get();
		second.get();
		// The stopped sender's claimed rows wait for their lease to end, then the survivor takes them over.
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			survivor.sendAllDue();
			assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).allSatisfy((line) -> assertThat(line).contains(" sent "));
		});

		Map<String, Integer> perRecipient = new HashMap<>();
		recipients(this.greenMail.getReceivedMessages()).forEach((to) -> perRecipient.merge(to, 1, Integer::sum));
		assertThat(perRecipient).hasSize(40).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
	}

	/** A sender's mail client that stops, as its node would, after a few messages: what it claimed stays claimed. */
	static final class StoppingMailSender extends JavaMailSenderImpl {

		private final AtomicInteger left;

		StoppingMailSender(int port, int messages) {
			this.left = new AtomicInteger(messages);
			setHost("127.0.0.1");
			setPort(port);
		}

		@Override
		public void send(MimeMessage... messages) {
			if (this.left.getAndDecrement() <= 0) {
				throw new NodeStopped();
			}
			super.send(messages);
		}

	}

	/** Not an exception: nothing in the sender handles it, as nothing runs after a node stops. */
	static final class NodeStopped extends Error {

		NodeStopped() {
			super("node stopped");
		}

	}

	private long schedule(boolean skipIfEmpty, boolean onlyOnChange, RecipientRequest... recipients) {
		return this.schedules.create(new ScheduleRequest(1, 1, "Harbor weekly", "daily", null, null, "07:00",
				"America/New_York", DeliveryFixtures.START, null, skipIfEmpty, onlyOnChange, List.of("csv"),
				List.of(recipients)));
	}

	DeliverySender sender(String name, JavaMailSenderImpl mailSender) {
		return DeliveryConfiguration.newSender(this.jdbi, this.composer, mailSender, this.unsubscribes, PROPERTIES,
				Clock.systemUTC(), this.pool, name);
	}

	static JavaMailSenderImpl mailSender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		Properties properties = new Properties();
		properties.put("mail.smtp.connectiontimeout", "2000");
		properties.put("mail.smtp.timeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) throws Exception {
		Map<String, MimeMessage> byRecipient = new HashMap<>();
		for (MimeMessage message : messages) {
			byRecipient.put(message.getRecipients(RecipientType.TO)[0].toString(), message);
		}
		return byRecipient;
	}

	static List<String> recipients(MimeMessage[] messages) throws Exception {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : messages) {
			Arrays.stream(message.getRecipients(RecipientType.TO)).forEach((to) -> recipients.add(to.toString()));
		}
		return recipients;
	}

	static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return "";
	}

	static List<String> attachmentNames(Part part) throws Exception {
		List<String> names = new ArrayList<>();
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			names.add(part.getFileName());
		}
		else if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				names.addAll(attachmentNames(multipart.getBodyPart(i)));
			}
		}
		return names;
	}

	static String attachmentText(Part part) throws Exception {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = attachmentText(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
