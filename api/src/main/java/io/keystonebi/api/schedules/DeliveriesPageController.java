package io.keystonebi.api.schedules;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.keystonebi.api.security.Caller;
import io.keystonebi.reports.delivery.DeliveryLog;
import io.keystonebi.reports.kpi.InvalidReportParameterException;

/** {@code /admin/deliveries}: the delivery log, filtered and paged, with "Send again" on each row. */
@Controller
@RequestMapping("/admin/deliveries")
class DeliveriesPageController {

	private static final int PAGE_SIZE = 50;

	private final DeliveryManagement deliveries;

	private final ScheduleManagement schedules;

	DeliveriesPageController(DeliveryManagement deliveries, ScheduleManagement schedules) {
		this.deliveries = deliveries;
		this.schedules = schedules;
	}

	@GetMapping
	String list(@RequestParam(name = "schedule", required = false) Long schedule,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "period", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			LocalDate period, @RequestParam(name = "page", defaultValue = "0") int page, Caller caller, Model model,
			HttpServletResponse response) {
		model.addAttribute("caller", caller);
		model.addAttribute("schedules", this.schedules.list(caller));
		model.addAttribute("statuses", DeliveryLog.STATUSES);
		model.addAttribute("filter", new Filter(schedule, (status != null) ? status : "", period));
		try {
			model.addAttribute("log", this.deliveries.page(schedule, status, period, page, PAGE_SIZE));
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidReportParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("log", null);
			model.addAttribute("errors", PageErrors.of(ex));
		}
		return "admin/deliveries";
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable("id") long id, Caller caller) {
		try {
			this.deliveries.resend(caller, id);
			return "redirect:/admin/deliveries?resent=" + id;
		}
		catch (DeliveryBusyException ex) {
			return "redirect:/admin/deliveries?busy=" + id;
		}
	}

	@ExceptionHandler(ScheduleMissingException.class)
	String notFound(ScheduleMissingException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "admin/not-found";
	}

	/**
	 * The filters as chosen, to keep them in the form and the paging links.
	 *
	 * @param schedule a schedule id or null
	 * @param status a status or empty
	 * @param period the period's first day or null
	 */
	record Filter(Long schedule, String status, LocalDate period) {
	}

}
