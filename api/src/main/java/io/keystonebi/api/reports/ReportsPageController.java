package io.keystonebi.api.reports;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.keystonebi.api.dashboard.Navigation;
import io.keystonebi.api.security.AccountDirectory;
import io.keystonebi.api.security.Caller;
import io.keystonebi.api.security.Role;

/**
 * The reports pages: {@code /reports} lists the templates, saved and shared reports and recent files;
 * {@code /reports/builder} builds, previews, saves, shares and downloads one. Both are drawn on the server and
 * work through the reports API in the page's script.
 */
@Controller
class ReportsPageController {

	private final AccountDirectory accounts;

	private final Templates templates;

	private final SavedDefinitions saved;

	private final ReportFiles files;

	ReportsPageController(AccountDirectory accounts, Templates templates, SavedDefinitions saved, ReportFiles files) {
		this.accounts = accounts;
		this.templates = templates;
		this.saved = saved;
		this.files = files;
	}

	@GetMapping("/reports")
	String reports(Caller caller, Model model) {
		common(caller, model);
		List<SavedDefinition> all = this.saved.list(caller);
		model.addAttribute("templates", this.templates.all().entrySet().stream()
			.map((entry) -> new CatalogueResponse.Choice(entry.getKey(), entry.getValue().title())).toList());
		model.addAttribute("saved", all.stream().filter(SavedDefinition::mine).toList());
		model.addAttribute("shared", all.stream().filter((definition) -> !definition.mine()).toList());
		model.addAttribute("files", this.files.recent(caller));
		return "reports/index";
	}

	@GetMapping("/reports/builder")
	String builder(@RequestParam(required = false) String template, Caller caller, Model model) {
		common(caller, model);
		model.addAttribute("definitionId", null);
		model.addAttribute("template", (template != null && this.templates.all().containsKey(template)) ? template
				: null);
		model.addAttribute("mine", true);
		return "reports/builder";
	}

	// A definition the caller cannot read is a page saying so, not the API's problem document.
	@GetMapping("/reports/builder/{id}")
	String saved(@PathVariable long id, Caller caller, Model model, HttpServletResponse response) {
		common(caller, model);
		model.addAttribute("template", null);
		try {
			SavedDefinition definition = this.saved.read(caller, id);
			model.addAttribute("definitionId", definition.id());
			model.addAttribute("mine", definition.mine());
		}
		catch (ReportDefinitionNotFoundException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("error", ex.getMessage());
			model.addAttribute("definitionId", null);
			model.addAttribute("mine", true);
		}
		return "reports/builder";
	}

	private void common(Caller caller, Model model) {
		model.addAttribute("caller", caller);
		model.addAttribute("scopeLabel", this.accounts.scopeLabel(caller));
		model.addAttribute("nav", Navigation.of("reports"));
		model.addAttribute("canSave", !caller.readOnly());
		// Viewers may not schedule; everyone else schedules to themselves, and administrators to anyone.
		model.addAttribute("canSchedule", !caller.readOnly());
		model.addAttribute("admin", caller.role() == Role.ADMIN);
		model.addAttribute("shareLabel", (caller.role() == Role.EXECUTIVE || caller.role() == Role.ADMIN)
				? "Share with everyone" : "Share with my team");
	}

}
