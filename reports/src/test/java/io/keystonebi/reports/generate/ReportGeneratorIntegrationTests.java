package io.keystonebi.reports.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import io.keystonebi.reports.catalogue.CatalogueFixtures;
import io.keystonebi.reports.definition.Audience;
import io.keystonebi.reports.definition.ReportDefinition;
import io.keystonebi.reports.definition.ReportRange;
import io.keystonebi.reports.kpi.ReportingPeriod;
import io.keystonebi.reports.panels.Sensitivity;
import io.keystonebi.reports.render.GeneratedReport;
import io.keystonebi.reports.scope.DataScope;
import io.keystonebi.reports.test.PanelsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in templates made over the catalogue's fixture (Harbor Homes, New York) on 10 April 2026, so "last
 * month" is March 2026 against February. Worked by hand: March revenue 630,000 in 4 deals (Team East 600,000, Cat
 * without a team 30,000), GCI 18,400; February 130,000 in 2 deals (o4 Cat 50,000 at 23:30 on 28 February local,
 * o5 Bob 80,000), GCI 50,000 x 3% + 80,000 x 2.5% = 3,500. Leads: 3 in March, 1 (c6) in February.
 */
@PanelsIntegrationTest
@TestPropertySource(properties = "bi.test.fixture=catalogue")
class ReportGeneratorIntegrationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

	static final Audience EXECUTIVE = new Audience(DataScope.brokerage(), "Whole brokerage", Set.of());

	static final Audience VIEWER = new Audience(DataScope.brokerage(), "Whole brokerage",
			Set.of(Sensitivity.COMMISSION, Sensitivity.PERSONAL));

	@Autowired
	ReportGenerator generator;

	@Autowired
	Jdbi jdbi;

	@BeforeEach
	void loadFixture() {
		CatalogueFixtures.load(this.jdbi);
	}

	@Test
	void theMonthlyPackCoversLastMonthAgainstTheOneBeforeInTheLocationsZone() {
		GeneratedReport report = this.generator.generate(BuiltInTemplates.monthlyExecutivePack(), EXECUTIVE, TODAY);

		assertThat(report.period()).isEqualTo(new ReportingPeriod(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
		assertThat(report.base()).isEqualTo(new ReportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)));
		assertThat(report.zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(report.blocks()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(report.dataAsOf()).isEqualTo(newestData());
		// 18,400 against 3,500 is +425.7%; the same split gives commissions the same change.
		assertThat(report.whatChanged()).startsWith("GCI rose 425.7% to $18,400 (from $3,500).");
		assertThat(report.whatChanged()).contains(
				"Biggest mover by team: Team East, revenue up $520,000 (from $80,000 to $600,000).");
	}

	@Test
	void aViewersReportHasNoCommissionColumnsAndNoSentenceAboutThem() {
		GeneratedReport report = this.generator.generate(BuiltInTemplates.monthlyExecutivePack(), VIEWER, TODAY);

		assertThat(report.blocks()).allSatisfy((block) -> assertThat(block.panel().columns())
			.noneMatch((column) -> column.sensitivity() == Sensitivity.COMMISSION));
		// Without commission the largest moves are revenue (+384.6%), leads (+200%) and average deal size
		// (157,500 against 65,000: +142.3%).
		assertThat(report.whatChanged()).startsWith("Revenue rose 384.6% to $630,000 (from $130,000).",
				"Leads rose 200.0% to 3 (from 1).", "Average deal size rose 142.3% to $157,500 (from $65,000).");
		assertThat(report.whatChanged()).noneMatch((sentence) -> sentence.contains("GCI")
				|| sentence.toLowerCase().contains("commission") || sentence.contains("Company dollar"));
	}

	@Test
	void everyBuiltInTemplateIsValidAndNamed() {
		assertThat(BuiltInTemplates.all()).extracting(ReportTemplate::code)
			.containsExactly("daily_summary", "weekly_performance", "monthly_executive_pack");
		for (ReportTemplate template : BuiltInTemplates.all()) {
			assertThat(this.generator.generate(template.definition(), EXECUTIVE, TODAY).blocks())
				.hasSameSizeAs(template.definition().blocks());
		}
	}

	@Test
	void aReportWithoutDataSaysSoPlainly() {
		ReportDefinition definition = new ReportDefinition("Old times", ReportRange.CUSTOM, LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 1, 31), BuiltInTemplates.weeklyPerformance().blocks());

		GeneratedReport report = this.generator.generate(definition, EXECUTIVE, TODAY);

		assertThat(report.whatChanged()).containsExactly("There is no data for Whole brokerage from 2020-01-01 to "
				+ "2020-01-31: no deals, leads, appointments, messages or market sales in scope.");
	}

	private Instant newestData() {
		return this.jdbi.withHandle((handle) -> handle.createQuery("""
				select greatest((select max(loaded_at) from opportunities), (select max(source_updated_at) from opportunities),
				                (select max(loaded_at) from contacts), (select max(source_updated_at) from contacts))
				""").mapTo(Instant.class).one());
	}

}
