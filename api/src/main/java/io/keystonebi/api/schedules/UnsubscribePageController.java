package io.keystonebi.api.schedules;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.keystonebi.reports.delivery.Unsubscribes;

/**
 * {@code /reports/unsubscribe}: the page a report e-mail's unsubscribe link opens, without signing in. Opening it
 * changes nothing (mail scanners follow links); it names the schedule and asks to confirm. The confirmation, or a
 * mail client's RFC 8058 one-click POST ({@code List-Unsubscribe=One-Click} with the token in the query string),
 * unsubscribes. The signed token is the only credential; a bad one gets a 400 page and no detail.
 */
@Controller
@RequestMapping("/reports/unsubscribe")
class UnsubscribePageController {

	private final Unsubscribes unsubscribes;

	UnsubscribePageController(Unsubscribes unsubscribes) {
		this.unsubscribes = unsubscribes;
	}

	@GetMapping
	String confirm(@RequestParam(name = "token", required = false) String token, Model model,
			HttpServletResponse response) {
		return this.unsubscribes.peek(token).map((found) -> {
			model.addAttribute("scheduleName", found.scheduleName());
			model.addAttribute("token", token);
			model.addAttribute("state", "confirm");
			return "reports/unsubscribe";
		}).orElseGet(() -> invalid(model, response));
	}

	@PostMapping
	String unsubscribe(@RequestParam(name = "token", required = false) String token, Model model,
			HttpServletResponse response) {
		return this.unsubscribes.unsubscribe(token).map((done) -> {
			model.addAttribute("scheduleName", done.scheduleName());
			model.addAttribute("state", "done");
			return "reports/unsubscribe";
		}).orElseGet(() -> invalid(model, response));
	}

	private static String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("state", "invalid");
		return "reports/unsubscribe";
	}

}
