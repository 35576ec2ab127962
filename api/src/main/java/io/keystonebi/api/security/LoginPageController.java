package io.keystonebi.api.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles its form's POST. */
@Controller
class LoginPageController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
