package io.keystonebi.api.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import io.keystonebi.api.security.Caller;

/**
 * {@code /admin/teams}: the teams with a form to add one, and each team's page to rename it, choose its manager
 * and tick its members. Rendered on the server; forms post with the page's CSRF token.
 */
@Controller
@RequestMapping("/admin/teams")
class TeamsPageController {

	private final TeamManagement teams;

	private final Validator validator;

	TeamsPageController(TeamManagement teams, Validator validator) {
		this.teams = teams;
		this.validator = validator;
	}

	@GetMapping
	String list(Caller caller, Model model) {
		return listPage(caller, model, new TeamRequests.Create(null, null, null, List.of()), new FormErrors());
	}

	@PostMapping
	String create(@ModelAttribute("form") TeamRequests.Create form, BindingResult binding, Caller caller,
			Model model, HttpServletResponse response) {
		// No ticked checkbox sends nothing: absent means no members.
		TeamRequests.Create request = (form == null) ? new TeamRequests.Create(null, null, null, List.of())
				: new TeamRequests.Create(form.locationId(), form.name(), form.managerUserId(),
						(form.memberIds() == null) ? List.of() : form.memberIds());
		FormErrors errors = FormErrors.of(binding).validate(this.validator, request);
		if (errors.isEmpty()) {
			try {
				TeamView team = this.teams.create(caller, request);
				return "redirect:/admin/teams/" + team.id() + "?created";
			}
			catch (InvalidTeamException ex) {
				errors.reject(ex.field(), ex.getMessage());
			}
			catch (TeamNameTakenException ex) {
				errors.reject("name", ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return listPage(caller, model, request, errors);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable("id") long id, Caller caller, Model model) {
		TeamView team = this.teams.get(id);
		return editPage(caller, model, team, new TeamRequests.Update(team.name(), team.managerUserId(),
				team.memberIds()), new FormErrors());
	}

	@PostMapping("/{id}")
	String update(@PathVariable("id") long id, @ModelAttribute("form") TeamRequests.Update form,
			BindingResult binding, Caller caller, Model model, HttpServletResponse response) {
		TeamView team = this.teams.get(id);
		TeamRequests.Update request = (form == null) ? new TeamRequests.Update(team.name(), team.managerUserId(),
				team.memberIds()) : new TeamRequests.Update(form.name(), form.managerUserId(),
						(form.memberIds() == null) ? List.of() : form.memberIds());
		FormErrors errors = FormErrors.of(binding).validate(this.validator, request);
		if (errors.isEmpty()) {
			try {
				this.teams.update(caller, id, request);
				return "redirect:/admin/teams/" + id + "?saved";
			}
			catch (InvalidTeamException ex) {
				errors.reject(ex.field(), ex.getMessage());
			}
			catch (TeamNameTakenException ex) {
				errors.reject("name", ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return editPage(caller, model, team, request, errors);
	}

	// Shown as a page, not as the API's problem document a browser cannot display.
	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "admin/not-found";
	}

	private String listPage(Caller caller, Model model, TeamRequests.Create form, FormErrors errors) {
		model.addAttribute("caller", caller);
		model.addAttribute("teams", this.teams.list());
		model.addAttribute("locations", this.teams.locations());
		model.addAttribute("agents", this.teams.agents());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.asMap());
		return "admin/teams";
	}

	private String editPage(Caller caller, Model model, TeamView team, TeamRequests.Update form, FormErrors errors) {
		model.addAttribute("caller", caller);
		model.addAttribute("team", team);
		model.addAttribute("agents", this.teams.agents().stream()
			.filter((agent) -> agent.locationId() == team.locationId()).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.asMap());
		return "admin/team";
	}

}
