package io.keystonebi.reports.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.keystonebi.sql.catalogue.AmountRow;
import io.keystonebi.sql.catalogue.AppointmentFiguresRow;
import io.keystonebi.sql.catalogue.DealFiguresRow;
import io.keystonebi.sql.catalogue.LeadFiguresRow;
import io.keystonebi.sql.catalogue.MarketFiguresRow;
import io.keystonebi.sql.catalogue.MessageFiguresRow;
import io.keystonebi.sql.catalogue.StageFiguresRow;

/**
 * One breakdown key's partial figures from every family read. A family without a row for the key had nothing:
 * its counts and sums are zero and its medians unknown.
 */
final class Figures {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	DealFiguresRow deals;

	LeadFiguresRow leads;

	AppointmentFiguresRow appointments;

	StageFiguresRow stages;

	MessageFiguresRow messages;

	AmountRow target;

	AmountRow cost;

	MarketFiguresRow market;

	BigDecimal revenue() {
		return (this.deals != null) ? this.deals.revenue() : BigDecimal.ZERO;
	}

	BigDecimal gci() {
		return (this.deals != null) ? this.deals.gci() : BigDecimal.ZERO;
	}

	long won() {
		return (this.deals != null) ? this.deals.won() : 0;
	}

	long lost() {
		return (this.deals != null) ? this.deals.lost() : 0;
	}

	long leadCount() {
		return (this.leads != null) ? this.leads.leads() : 0;
	}

	/** @return null while there is no cost row at all (no spend recorded, or a scope that sees none) */
	BigDecimal costAmount() {
		return (this.cost != null) ? this.cost.amount() : null;
	}

	static BigDecimal count(long value) {
		return BigDecimal.valueOf(value);
	}

	static BigDecimal share(long part, long whole) {
		return (whole == 0) ? null
				: BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	static BigDecimal ratio(BigDecimal part, BigDecimal whole, int scale) {
		return (part == null || whole == null || whole.signum() == 0) ? null
				: part.divide(whole, scale, RoundingMode.HALF_UP);
	}

	static BigDecimal oneDecimal(Double value) {
		return (value != null) ? BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP) : null;
	}

	static BigDecimal cents(BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_UP) : null;
	}

}
