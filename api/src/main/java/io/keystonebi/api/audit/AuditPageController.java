package io.keystonebi.api.audit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.keystonebi.api.security.Caller;
import io.keystonebi.api.web.InvalidRequestParameterException;

/**
 * {@code GET /admin/audit}: the audit log search page, rendered on the server. The chain is checked only when
 * asked ({@code verify}), since that reads every entry. Administrators only (the security configuration).
 */
@Controller
class AuditPageController {

	private final AuditReader reader;

	AuditPageController(AuditReader reader) {
		this.reader = reader;
	}

	// A bad field is shown on the page beside the form that fixes it, with a 400, rather than as a problem document.
	@GetMapping(AuditPageView.PATH)
	String audit(@RequestParam MultiValueMap<String, String> parameters, Caller caller, Model model,
			HttpServletResponse response) {
		MultiValueMap<String, String> search = new LinkedMultiValueMap<>(parameters);
		boolean verify = search.remove("verify") != null;
		AuditPageView.Form form = AuditPageView.Form.of(search);
		model.addAttribute("caller", caller);
		try {
			AuditQuery query = AuditQuery.parse(search);
			model.addAttribute("page", AuditPageView.of(form, this.reader.search(query),
					verify ? this.reader.verify() : null, query.beforeId() != null));
		}
		catch (InvalidRequestParameterException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("page", AuditPageView.invalid(form, ex.getMessage()));
		}
		return "admin/audit";
	}

}
