package io.keystonebi.reports.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.ReportsProperties;
import io.keystonebi.reports.delivery.DeliveryFixtures;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.schedule.ScheduleRequest.RecipientRequest;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PanelsIntegrationTest
// A database of their own: the Harbor Homes accounts would clash with other tests' fixtures.
@TestPropertySource(properties = "bi.test.fixture=delivery")
class SchedulesIntegrationTests {

	@Autowired
	Jdbi jdbi;

	private Schedules schedules;

	private SchedulePlanner planner;

	@BeforeEach
	void setUp() {
		DeliveryFixtures.harborAccounts(this.jdbi);
		ReportsProperties.Delivery delivery = new ReportsProperties.Delivery("Keystone BI <reports@harbor.test>",
				List.of("example.com"), "https://bi.harbor.test", null, 1, 5, Duration.ofMinutes(1),
				Duration.ofSeconds(1), Duration.ofSeconds(2), 3);
		this.schedules = new Schedules(this.jdbi, Clock.fixed(DeliveryFixtures.NOW, ZoneOffset.UTC),
				new ReportsProperties(5, Period.ofYears(3), 1, null, null, null, null, null, null, delivery,
						new ReportsProperties.Schedules(100), null));
		this.planner = new SchedulePlanner(this.jdbi, Clock.systemUTC(), 100);
	}

	@Test
	void twoPlannersAtOnceAndAThirdLaterPlanOneDeliveryPerRecipient() throws Exception {
		long id = this.schedules.create(request(2, "daily", null, "07:00", null, RecipientRequest.account(1),
				RecipientRequest.team(1), RecipientRequest.account(3)));
		Instant now = Instant.parse("2026-03-18T11:00:30Z");
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> this.planner.planDue(now));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> this.planner.planDue(now));
		assertThat(first.get() + second.get()).isEqualTo(4);
		assertThat(this.planner.planDue(now)).isZero();

		// Ann is named directly and through her team: one e-mail. Bob's account is inactive: logged, not sent.
		assertThat(DeliveryFixtures.deliveries(this.jdbi, id)).containsExactly("account:1 pending 0",
				"account:2 pending 0", "account:3 pending 0", "account:4 skipped 0 account Bob Broker is inactive");
		assertThat(this.schedules.nextRun(id)).isEqualTo(Instant.parse("2026-03-19T11:00:00Z"));
	}

	@Test
	void aScheduleMissedForDaysIsPlannedOnceForItsLatestMissedRun() {
		long id = this.schedules.create(request(2, "daily", null, "07:00", null, RecipientRequest.account(1)));
		// Due on the 18th; no planner ran until the 22nd after 07:00.
		assertThat(this.planner.planDue(Instant.parse("2026-03-22T12:00:00Z"))).isEqualTo(1);
		assertThat(DeliveryFixtures.periods(this.jdbi, id)).containsExactly("account:1 2026-03-21 2026-03-22 2026-03-22");
		assertThat(this.schedules.nextRun(id)).isEqualTo(Instant.parse("2026-03-23T11:00:00Z"));
	}

	@Test
	void aPausedScheduleIsNotPlannedAndResumesFromItsNextTime() {
		long id = this.schedules.create(request(2, "daily", null, "07:00", null, RecipientRequest.account(1)));
		this.schedules.pause(id);
		assertThat(this.planner.planDue(Instant.parse("2026-03-18T11:00:30Z"))).isZero();
		this.schedules.resume(id);
		assertThat(this.schedules.nextRun(id)).isEqualTo(Instant.parse("2026-03-18T11:00:00Z"));
	}

	@Test
	void badValuesAreRefusedNamingThem() {
		assertRefused(request(1, "monthly", 31, "07:00", null, RecipientRequest.account(1)), "day_of_month", "31");
		assertRefused(request(1, "hourly", null, "07:00", null, RecipientRequest.account(1)), "recurrence", "hourly");
		assertRefused(request(1, "daily", null, "25:00", null, RecipientRequest.account(1)), "local_time", "25:00");
		assertRefused(request(1, "daily", null, "07:00", LocalDate.of(2026, 2, 1), RecipientRequest.account(1)),
				"end_date", "2026-02-01");
		assertRefused(request(1, "daily", null, "07:00", null, RecipientRequest.account(99)),
				"recipients[0].account_id", "99");
		assertRefused(request(1, "daily", null, "07:00", null, RecipientRequest.team(99)), "recipients[0].team_id",
				"99");
		assertRefused(request(1, "daily", null, "07:00", null,
				RecipientRequest.email("cfo@rival.test", "brokerage", null)), "recipients[0].email", "cfo@rival.test");
		assertRefused(request(1, "daily", null, "07:00", null), "recipients", "[]");
		assertRefused(new ScheduleRequest(1, 1, "Weekly", "daily", null, null, "07:00", "Mars/Olympus",
				DeliveryFixtures.START, null, false, false, List.of(), List.of(RecipientRequest.account(1))),
				"time_zone", "Mars/Olympus");
		assertRefused(new ScheduleRequest(1, 1, "Weekly", "daily", null, null, "07:00", "UTC",
				DeliveryFixtures.START, null, false, false, List.of("csv", "docx"), List.of(RecipientRequest.account(1))),
				"formats[1]", "docx");
	}

	private void assertRefused(ScheduleRequest request, String parameter, String value) {
		assertThatExceptionOfType(InvalidReportParameterException.class).isThrownBy(() -> this.schedules.create(request))
			.satisfies((ex) -> {
				assertThat(ex.parameter()).isEqualTo(parameter);
				assertThat(ex.value()).isEqualTo(value);
			});
	}

	private static ScheduleRequest request(long definitionId, String recurrence, Integer dayOfMonth, String time,
			LocalDate end, RecipientRequest... recipients) {
		return new ScheduleRequest(definitionId, 1, "Harbor pulse", recurrence, null, dayOfMonth, time,
				"America/New_York", DeliveryFixtures.START, end, false, false, List.of("csv"), List.of(recipients));
	}

}
