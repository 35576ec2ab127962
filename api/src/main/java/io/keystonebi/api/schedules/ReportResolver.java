package io.keystonebi.api.schedules;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.definition.DefinitionJson;
import io.keystonebi.reports.generate.BuiltInTemplates;
import io.keystonebi.reports.generate.ReportTemplate;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.schedule.ScheduleChoices;
import io.keystonebi.sql.schedules.RecipientAccountRow;

/** Which report a schedule body names, and whom a caller who is not an administrator may send it to. */
final class ReportResolver {

	private final ScheduleChoices choices;

	ReportResolver(ScheduleChoices choices) {
		this.choices = choices;
	}

	/**
	 * @param current the definition the schedule sends now, which its editor may keep; null for a new schedule
	 * @return the definition to send, saved first when the body named a template or a whole definition
	 */
	Resolved resolve(Caller caller, ScheduleBody body, Long current) {
		long given = Stream.of(body.definitionId(), body.template(), body.definition()).filter(Objects::nonNull)
			.count();
		if (given != 1) {
			throw new InvalidReportParameterException("definition_id", String.valueOf(body.definitionId()),
					"give exactly one of definition_id, template or definition");
		}
		if (body.definitionId() != null) {
			long id = body.definitionId();
			if (!Objects.equals(current, id)
					&& !this.choices.visible(id, caller.accountId(), ScheduleManagement.admin(caller))) {
				throw ScheduleMissingException.definition(id);
			}
			return new Resolved(id, null);
		}
		long saved = this.choices.save(caller.accountId(), (body.template() != null) ? template(body.template())
				.definition() : DefinitionJson.read(body.definition()));
		return new Resolved(saved, this.choices);
	}

	/** Everyone but an administrator schedules to themselves alone, at the address of their account. */
	void checkRecipients(Caller caller, ScheduleBody body) {
		if (ScheduleManagement.admin(caller)) {
			return;
		}
		List<ScheduleBody.RecipientBody> recipients = (body.recipients() != null) ? body.recipients() : List.of();
		boolean self = recipients.size() == 1 && "account".equalsIgnoreCase(String.valueOf(recipients.get(0).kind()))
				&& Objects.equals(recipients.get(0).accountId(), caller.accountId());
		if (!self) {
			throw new InvalidReportParameterException("recipients", String.valueOf(recipients.size()),
					"only administrators choose recipients; schedule a report to yourself alone: one recipient of "
							+ "kind account with your account_id " + caller.accountId());
		}
		RecipientAccountRow account = this.choices.account(caller.accountId());
		if (account == null || account.email() == null) {
			throw new InvalidReportParameterException("recipients[0].account_id", String.valueOf(caller.accountId()),
					"your account has no e-mail address to send reports to; ask an administrator to set one");
		}
	}

	static ReportTemplate template(String code) {
		return BuiltInTemplates.all().stream().filter((template) -> template.code().equals(code.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidReportParameterException("template", code, "expected one of "
					+ String.join(", ", BuiltInTemplates.all().stream().map(ReportTemplate::code).toList())));
	}

	/**
	 * The definition a schedule sends.
	 *
	 * @param definitionId its id
	 * @param savedBy where it was saved for this request, so a refused schedule leaves nothing behind; null when
	 * it existed before
	 */
	record Resolved(long definitionId, ScheduleChoices savedBy) {

		void discardIfSaved() {
			if (this.savedBy != null) {
				this.savedBy.discard(this.definitionId);
			}
		}

	}

}
