package io.keystonebi.reports;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How KPIs are computed and when they raise alerts ({@code bi.reports.*}).
 *
 * @param topAgents how many agents the revenue leaderboard shows
 * @param maxRange the longest period a request may ask for; longer ones are refused as bad input
 * @param fiscalYearStartMonth month (1-12) the fiscal year starts in, for quarter and year to date; 1 means
 * the calendar year
 * @param alerts thresholds of the alert rules
 * @param commission what deal values hold and how GCI and agent commission follow from them
 * @param pipelineHealth how the pipeline health score judges the open deals
 * @param revenue how the revenue page flags concentration
 * @param funnel how leads are placed in the funnel's stages, and the thresholds of the funnel's findings
 * @param branding how the brokerage's reports look: its name, logo, colours and page texts
 * @param delivery how scheduled reports are e-mailed
 * @param schedules how due schedules are planned
 * @param downloads how long report files made on demand can be downloaded
 */
@ConfigurationProperties("bi.reports")
public record ReportsProperties(@DefaultValue("5") int topAgents, @DefaultValue("3y") Period maxRange,
		@DefaultValue("1") int fiscalYearStartMonth, @DefaultValue Alerts alerts, @DefaultValue Commission commission,
		@DefaultValue PipelineHealth pipelineHealth, @DefaultValue Revenue revenue, @DefaultValue Funnel funnel,
		@DefaultValue Branding branding, @DefaultValue Delivery delivery, @DefaultValue Schedules schedules,
		@DefaultValue Downloads downloads) {

	public ReportsProperties {
		if (topAgents < 1) {
			throw new IllegalArgumentException("bi.reports.top-agents must be at least 1, not " + topAgents);
		}
		if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
			throw new IllegalArgumentException(
					"bi.reports.fiscal-year-start-month must be 1 to 12, not " + fiscalYearStartMonth);
		}
	}

	/**
	 * Alert rules computed from the summary's figures ({@code bi.reports.alerts.*}). A rule whose drop reaches
	 * twice its threshold is critical, otherwise a warning.
	 *
	 * @param revenueDropPercent alert when revenue is down more than this percentage against the comparison
	 * (previous period, same period last year or target)
	 * @param conversionDropPoints alert when the conversion rate is down more than this many percentage points
	 * @param pipelineDropPercent alert when the pipeline value is down more than this percentage
	 * @param noLeads alert (critical) when no lead was created in the period
	 * @param staleDataAfter warn when the newest data of a location is older than this
	 */
	public record Alerts(@DefaultValue("20") BigDecimal revenueDropPercent,
			@DefaultValue("5") BigDecimal conversionDropPoints, @DefaultValue("15") BigDecimal pipelineDropPercent,
			@DefaultValue("true") boolean noLeads, @DefaultValue("1d") Duration staleDataAfter) {
	}

	/**
	 * GCI and agent commission ({@code bi.reports.commission.*}), as the KPI definitions fix them: with sale prices,
	 * GCI = revenue x commission rate (a property type's own rate where it has one); with commissions, GCI = revenue.
	 * Agent commission = GCI x agent split; company dollar = GCI - agent commission.
	 *
	 * @param valueIs what an opportunity's monetary value holds: {@code sale-price} (the default) or
	 * {@code commission} (the gross commission, as in the demo data)
	 * @param rate commission rate for GCI from sale prices where the property type sets none, 0 to 1; default 0.03
	 * (3%)
	 * @param agentSplit the agents' share of GCI, 0 to 1; default 0.70 (70%)
	 */
	public record Commission(@DefaultValue("sale-price") DealValue valueIs, @DefaultValue("0.03") BigDecimal rate,
			@DefaultValue("0.70") BigDecimal agentSplit) {

		public Commission {
			if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException("bi.reports.commission.rate must be 0 to 1, not " + rate);
			}
			if (agentSplit.signum() < 0 || agentSplit.compareTo(BigDecimal.ONE) > 0) {
				throw new IllegalArgumentException("bi.reports.commission.agent-split must be 0 to 1, not " + agentSplit);
			}
		}

		/** What an opportunity's monetary value holds. */
		public enum DealValue {

			/** The sale price: GCI is a commission rate of it. */
			SALE_PRICE,

			/** The gross commission itself: GCI equals revenue. */
			COMMISSION

		}

	}

	/**
	 * The pipeline health score ({@code bi.reports.pipeline-health.*}): four parts, each a share from 0 to 1, averaged
	 * with these weights (equal by default) into a score from 0 to 100.
	 *
	 * @param touchedWithin an open deal counts as fresh when something happened to it (created, moved, status
	 * changed, a message or appointment with its contact) within this time before the period's end; default 14 days
	 * @param agingFactor an open deal is within its stage's normal time while it has been in the stage no longer
	 * than this many times the stage's median stay; default 1.5
	 * @param relearnAfter how long the stage win probabilities and median stays learned from history are used
	 * before they are learned again; default 10 minutes
	 * @param coverageWeight weight of coverage (weighted pipeline / remaining target, capped at 1); default 1
	 * @param freshnessWeight weight of freshness (share of open deals touched lately); default 1
	 * @param agingWeight weight of aging (share of open deals within their stage's normal time); default 1
	 * @param balanceWeight weight of balance (share of open value beyond the earliest stage); default 1
	 */
	public record PipelineHealth(@DefaultValue("14d") Duration touchedWithin, @DefaultValue("1.5") BigDecimal agingFactor,
			@DefaultValue("10m") Duration relearnAfter,
			@DefaultValue("1") BigDecimal coverageWeight, @DefaultValue("1") BigDecimal freshnessWeight,
			@DefaultValue("1") BigDecimal agingWeight, @DefaultValue("1") BigDecimal balanceWeight) {

		public PipelineHealth {
			for (BigDecimal weight : new BigDecimal[] { coverageWeight, freshnessWeight, agingWeight, balanceWeight }) {
				if (weight.signum() < 0) {
					throw new IllegalArgumentException("bi.reports.pipeline-health weights must not be negative, not "
							+ weight);
				}
			}
		}

	}

	/**
	 * The revenue page ({@code bi.reports.revenue.*}); what deals are worth to whom is {@link Commission}.
	 *
	 * @param concentrationThresholdPercent flag revenue concentration when the top 5 clients hold more than this
	 * percentage of revenue; default 50
	 */
	public record Revenue(@DefaultValue("50") BigDecimal concentrationThresholdPercent) {

		public Revenue {
			if (concentrationThresholdPercent.signum() < 0
					|| concentrationThresholdPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
				throw new IllegalArgumentException("bi.reports.revenue.concentration-threshold-percent must be 0 to "
						+ "100, not " + concentrationThresholdPercent);
			}
		}

	}

	/**
	 * The lead funnel Lead &gt; Contacted &gt; Qualified &gt; Proposal &gt; Closed ({@code bi.reports.funnel.*}) and
	 * the thresholds of what the pipeline and funnel pages say about it. A lead is Closed when it has a won deal;
	 * it reached Contacted, Qualified or Proposal when one of its deals entered a pipeline stage named in that list
	 * (names compare ignoring case and surrounding spaces; a stage named in none falls back to its own
	 * {@code funnel_stage}), and Contacted also by activity (see {@code contactedByActivity}). A lead counts at
	 * every stage up to the furthest it reached.
	 *
	 * @param contacted pipeline stage names that count as Contacted; the default fits common names and the demo's
	 * "Engaging"
	 * @param qualified pipeline stage names that count as Qualified, e.g. the demo's "Qualified lead"
	 * @param proposal pipeline stage names that count as Proposal (offers, contracts)
	 * @param contactedByActivity whether a lead also counts as Contacted once it has an outbound message or call by
	 * a person, a connected call or an appointment
	 * @param speedToLead how soon after its creation a lead must be contacted to count as contacted in time
	 * @param idleDays an open deal whose lead had no activity and no stage change for more days than this is idle
	 * @param causeRatio a source or agent is named as a cause of a stage's drop-off when its leads drop there at this
	 * multiple of the average or more, or move on at the average rate divided by it or less
	 * @param minLeads the fewest leads a group (a source, an agent, a stage, an experiment's cohort) needs before the
	 * pages draw a finding from it
	 * @param bottleneckPercent a stage is a bottleneck when its conversion is more than this percentage below the
	 * norm (e.g. 20: below 80 % of the norm)
	 * @param normMonths the norm is the stage conversion of the leads created in this many months before the period,
	 * counted as of the period's start
	 * @param hotScore the engagement score (0-100) from which an open lead is hot
	 * @param warmScore the engagement score from which an open lead is warm; below it, cold
	 * @param experiments the A/B comparisons the funnel page tracks; unset, one comparing the sources
	 * {@code paid_search} and {@code organic_search} (the demo's two largest); set empty for none
	 */
	public record Funnel(@DefaultValue({ "Contacted", "Engaging" }) List<String> contacted,
			@DefaultValue({ "Qualified", "Qualified lead" }) List<String> qualified,
			@DefaultValue({ "Proposal", "Offer", "Under contract" }) List<String> proposal,
			@DefaultValue("true") boolean contactedByActivity, @DefaultValue("24h") Duration speedToLead,
			@DefaultValue("14") int idleDays, @DefaultValue("1.5") BigDecimal causeRatio,
			@DefaultValue("20") int minLeads, @DefaultValue("20") BigDecimal bottleneckPercent,
			@DefaultValue("12") int normMonths, @DefaultValue("60") int hotScore, @DefaultValue("30") int warmScore,
			List<Experiment> experiments) {

		/** The experiment compared when none is configured: two sources every demo lead list has. */
		public static final Experiment DEFAULT_EXPERIMENT = new Experiment("Paid vs organic search",
				new Cohort("paid_search", null), new Cohort("organic_search", null));

		public Funnel {
			contacted = names(contacted);
			qualified = names(qualified);
			proposal = names(proposal);
			experiments = (experiments != null) ? List.copyOf(experiments) : List.of(DEFAULT_EXPERIMENT);
			if (speedToLead == null || speedToLead.isNegative() || speedToLead.isZero()) {
				throw new IllegalArgumentException("bi.reports.funnel.speed-to-lead must be positive, not " + speedToLead);
			}
			if (idleDays < 1) {
				throw new IllegalArgumentException("bi.reports.funnel.idle-days must be at least 1, not " + idleDays);
			}
			if (causeRatio == null || causeRatio.compareTo(BigDecimal.ONE) <= 0) {
				throw new IllegalArgumentException("bi.reports.funnel.cause-ratio must be above 1, not " + causeRatio);
			}
			if (minLeads < 1) {
				throw new IllegalArgumentException("bi.reports.funnel.min-leads must be at least 1, not " + minLeads);
			}
			if (bottleneckPercent == null || bottleneckPercent.signum() < 0
					|| bottleneckPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
				throw new IllegalArgumentException(
						"bi.reports.funnel.bottleneck-percent must be 0 to below 100, not " + bottleneckPercent);
			}
			if (normMonths < 1) {
				throw new IllegalArgumentException("bi.reports.funnel.norm-months must be at least 1, not " + normMonths);
			}
			if (warmScore < 0 || hotScore <= warmScore || hotScore > 100) {
				throw new IllegalArgumentException("bi.reports.funnel needs 0 <= warm-score < hot-score <= 100, not "
						+ warmScore + " and " + hotScore);
			}
		}

		/** @return the Contacted stage names as the SQL compares them: trimmed, lower case */
		public String[] contactedKeys() {
			return keys(this.contacted);
		}

		/** @return the Qualified stage names as the SQL compares them */
		public String[] qualifiedKeys() {
			return keys(this.qualified);
		}

		/** @return the Proposal stage names as the SQL compares them */
		public String[] proposalKeys() {
			return keys(this.proposal);
		}

		private static List<String> names(List<String> names) {
			return (names != null) ? names.stream().filter((name) -> name != null && !name.isBlank()).toList()
					: List.of();
		}

		private static String[] keys(List<String> names) {
			return names.stream().map((name) -> name.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
		}

		/**
		 * An A/B comparison of two cohorts of the period's leads ({@code bi.reports.funnel.experiments[n].*}).
		 *
		 * @param name what the page calls it
		 * @param a cohort A, the baseline
		 * @param b cohort B, compared with A
		 */
		public record Experiment(String name, Cohort a, Cohort b) {

			public Experiment {
				if (name == null || name.isBlank()) {
					throw new IllegalArgumentException("bi.reports.funnel.experiments[].name is required");
				}
				if (a == null || b == null) {
					throw new IllegalArgumentException(
							"bi.reports.funnel.experiments[] '" + name + "' needs both cohorts, a and b");
				}
			}

		}

		/**
		 * The leads of one side of an experiment: those of a lead source, or those carrying a tag; exactly one of
		 * the two is set. Both compare ignoring case and surrounding spaces.
		 *
		 * @param source a lead source ({@code unknown} for leads without one)
		 * @param tag a contact tag
		 */
		public record Cohort(String source, String tag) {

			public Cohort {
				source = (source == null || source.isBlank()) ? null : source.strip();
				tag = (tag == null || tag.isBlank()) ? null : tag.strip();
				if ((source == null) == (tag == null)) {
					throw new IllegalArgumentException(
							"an experiment cohort needs exactly one of source and tag, not " + source + " and " + tag);
				}
			}

			/** @return {@code source} or {@code tag}, what the SQL matches on */
			public String kind() {
				return (this.source != null) ? "source" : "tag";
			}

			/** @return the source or tag */
			public String value() {
				return (this.source != null) ? this.source : this.tag;
			}

			/** @return how a person reads it, e.g. {@code source paid_search} */
			public String label() {
				return kind() + " " + value();
			}

		}

	}

	/**
	 * The brokerage's look on every rendered report ({@code bi.reports.branding.*}); checked when the application
	 * starts, so a bad colour or a missing logo stops it with the setting named.
	 *
	 * @param brokerageName the name printed in every page's header
	 * @param logo where the logo is, a PNG: a Spring resource location such as {@code classpath:brand/logo.png} or
	 * {@code file:/etc/keystone/logo.png}; default a bundled Keystone mark
	 * @param primaryColour the header band's and table headers' colour, {@code #rrggbb}
	 * @param accentColour the second colour of charts and rules, {@code #rrggbb}
	 * @param headerText a line under the brokerage's name in every page's header, e.g. a tagline; may be empty
	 * @param footerText a line in every page's footer, e.g. a confidentiality note; may be empty
	 */
	public record Branding(@DefaultValue("Keystone Realty") String brokerageName,
			@DefaultValue("classpath:io/keystonebi/reports/render/default-logo.png") String logo,
			@DefaultValue("#1f3a5f") String primaryColour, @DefaultValue("#c8963e") String accentColour,
			@DefaultValue("Executive report") String headerText,
			@DefaultValue("Confidential: prepared for the brokerage's leadership.") String footerText) {
	}

	/**
	 * The e-mail delivery of scheduled reports ({@code bi.reports.delivery.*}). Transient failures (the mail server
	 * unreachable, a 4xx reply) are retried after {@code initialBackoff}, doubling up to {@code maxBackoff}, until
	 * {@code maxAttempts}; a 5xx reply fails the delivery at once.
	 *
	 * @param from the sender of every report e-mail, e.g. {@code Keystone BI <reports@example.com>}; the default
	 * {@code Keystone BI <reports@localhost>} suits only the embedded mail catcher: set it for a real relay
	 * @param allowedDomains the e-mail domains outside recipients may have (e.g. {@code example.com}); empty, the
	 * default, allows no outside address at all. Checked when a schedule is saved and again before each send
	 * @param publicUrl the address people open the application at, the base of the unsubscribe links
	 * @param unsubscribeSecret the key of the unsubscribe links' HMAC-SHA256 signatures, at least 32 characters;
	 * every node must share it. Unset, each process makes a random one, so links stop working after a restart and
	 * on other nodes: set it in every real deployment
	 * @param threads how many reports are made and sent at once; 0, the default, uses one per processor
	 * @param batchSize how many deliveries one sender claims at a time
	 * @param lease how long a claimed delivery stays with its sender; one still unsent after it is taken over by
	 * another sender (so it must exceed the time to make and send one batch)
	 * @param initialBackoff the wait before the first retry; default 30 seconds
	 * @param maxBackoff the longest wait between retries; default 30 minutes
	 * @param maxAttempts the attempts after which a delivery that keeps failing transiently is failed; default 8
	 */
	public record Delivery(@DefaultValue("Keystone BI <reports@localhost>") String from, List<String> allowedDomains,
			@DefaultValue("http://localhost:8080") String publicUrl, String unsubscribeSecret,
			@DefaultValue("0") int threads, @DefaultValue("50") int batchSize, @DefaultValue("10m") Duration lease,
			@DefaultValue("30s") Duration initialBackoff, @DefaultValue("30m") Duration maxBackoff,
			@DefaultValue("8") int maxAttempts) {

		public Delivery {
			allowedDomains = (allowedDomains != null) ? allowedDomains.stream()
				.filter((domain) -> domain != null && !domain.isBlank())
				.map((domain) -> domain.strip().toLowerCase(Locale.ROOT))
				.toList() : List.of();
			publicUrl = (publicUrl.endsWith("/")) ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
			if (threads < 0 || batchSize < 1 || maxAttempts < 1) {
				throw new IllegalArgumentException("bi.reports.delivery needs threads >= 0, batch-size >= 1 and "
						+ "max-attempts >= 1, not " + threads + ", " + batchSize + " and " + maxAttempts);
			}
			if (unsubscribeSecret != null && unsubscribeSecret.length() < 32) {
				throw new IllegalArgumentException(
						"bi.reports.delivery.unsubscribe-secret must be at least 32 characters");
			}
		}

		/**
		 * @param email an outside recipient's address
		 * @return whether its domain is one of the allowed domains (or a subdomain of one)
		 */
		public boolean allows(String email) {
			int at = (email != null) ? email.lastIndexOf('@') : -1;
			if (at < 0) {
				return false;
			}
			String domain = email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
			return this.allowedDomains.stream()
				.anyMatch((allowed) -> domain.equals(allowed) || domain.endsWith("." + allowed));
		}

		/** @return the threads to use: the configured number, or one per processor */
		public int threadCount() {
			return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
		}

	}

	/**
	 * Planning of due schedules ({@code bi.reports.schedules.*}).
	 *
	 * @param planningBatch how many due schedules one planning run takes at most; the rest wait for the next run
	 */
	public record Schedules(@DefaultValue("100") int planningBatch) {

		public Schedules {
			if (planningBatch < 1) {
				throw new IllegalArgumentException(
						"bi.reports.schedules.planning-batch must be at least 1, not " + planningBatch);
			}
		}

	}

	/**
	 * Report files made on demand ({@code bi.reports.downloads.*}).
	 *
	 * @param keepFor how long a made file can be downloaded by the account that made it; default 7 days
	 */
	public record Downloads(@DefaultValue("7d") Duration keepFor) {

		public Downloads {
			if (keepFor == null || keepFor.isNegative() || keepFor.isZero()) {
				throw new IllegalArgumentException("bi.reports.downloads.keep-for must be positive, not " + keepFor);
			}
		}

	}

}
