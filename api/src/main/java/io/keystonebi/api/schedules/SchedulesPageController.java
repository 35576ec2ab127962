package io.keystonebi.api.schedules;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.generate.BuiltInTemplates;
import io.keystonebi.reports.kpi.InvalidReportParameterException;
import io.keystonebi.reports.schedule.ScheduleChoices;
import io.keystonebi.reports.schedule.ScheduleView;

/**
 * {@code /admin/schedules}: every report schedule with a form to add one, and each schedule's page to change,
 * pause, resume or delete it. The forms go through the same checks as the API, and a refused value is shown
 * beside its field.
 */
@Controller
@RequestMapping("/admin/schedules")
class SchedulesPageController {

	private final ScheduleManagement schedules;

	private final ScheduleChoices choices;

	SchedulesPageController(ScheduleManagement schedules, ScheduleChoices choices) {
		this.schedules = schedules;
		this.choices = choices;
	}

	@GetMapping
	String list(Caller caller, Model model) {
		return listPage(caller, model, ScheduleForm.blank(LocalDate.now()), Map.of());
	}

	@PostMapping
	String create(@ModelAttribute("form") ScheduleForm form, Caller caller, Model model,
			HttpServletResponse response) {
		try {
			ScheduleView created = this.schedules.create(caller, form.toBody());
			return "redirect:/admin/schedules/" + created.schedule().id() + "?created";
		}
		catch (InvalidReportParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return listPage(caller, model, form, PageErrors.of(ex));
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable("id") long id, Caller caller, Model model) {
		ScheduleView view = this.schedules.get(caller, id);
		return editPage(caller, model, view, ScheduleForm.of(view), Map.of());
	}

	@PostMapping("/{id}")
	String update(@PathVariable("id") long id, @ModelAttribute("form") ScheduleForm form, Caller caller, Model model,
			HttpServletResponse response) {
		ScheduleView view = this.schedules.get(caller, id);
		try {
			this.schedules.update(caller, id, form.toBody());
			return "redirect:/admin/schedules/" + id + "?saved";
		}
		catch (InvalidReportParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return editPage(caller, model, view, form, PageErrors.of(ex));
		}
	}

	@PostMapping("/{id}/pause")
	String pause(@PathVariable("id") long id, Caller caller) {
		this.schedules.pause(caller, id);
		return "redirect:/admin/schedules/" + id + "?paused";
	}

	@PostMapping("/{id}/resume")
	String resume(@PathVariable("id") long id, Caller caller) {
		this.schedules.resume(caller, id);
		return "redirect:/admin/schedules/" + id + "?resumed";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable("id") long id, Caller caller) {
		this.schedules.delete(caller, id);
		return "redirect:/admin/schedules?deleted";
	}

	// Shown as a page, not as the API's problem document a browser cannot display.
	@ExceptionHandler(ScheduleMissingException.class)
	String notFound(ScheduleMissingException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "admin/not-found";
	}

	private String listPage(Caller caller, Model model, ScheduleForm form, Map<String, String> errors) {
		model.addAttribute("schedules", this.schedules.list(caller).stream().map(ScheduleResponse::of).toList());
		return formPage(caller, model, form, errors, "admin/schedules");
	}

	private String editPage(Caller caller, Model model, ScheduleView view, ScheduleForm form,
			Map<String, String> errors) {
		model.addAttribute("schedule", ScheduleResponse.of(view));
		return formPage(caller, model, form, errors, "admin/schedules-edit");
	}

	private String formPage(Caller caller, Model model, ScheduleForm form, Map<String, String> errors,
			String view) {
		model.addAttribute("caller", caller);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("templates", BuiltInTemplates.all());
		model.addAttribute("definitions", this.choices.definitions(caller.accountId(), true));
		model.addAttribute("accounts", this.choices.accounts());
		model.addAttribute("teams", this.choices.teams());
		model.addAttribute("zones", PageErrors.ZONES);
		return view;
	}

}
