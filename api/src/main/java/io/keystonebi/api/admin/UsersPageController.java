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

import io.keystonebi.api.security.AccountConflictException;
import io.keystonebi.api.security.Caller;
import io.keystonebi.api.security.InvalidAccountException;

/**
 * {@code /admin/users}: the list of accounts with a form to add one, and each account's page to change it or
 * reset its password. Rendered on the server; forms post with the page's CSRF token. A made-up password is shown
 * in the answer to the post that made it, never in a redirect's target, so it is not kept anywhere.
 */
@Controller
@RequestMapping("/admin/users")
class UsersPageController {

	private static final List<String> ROLES = List.of("admin", "executive", "manager", "agent", "viewer");

	private final UserManagement users;

	private final TeamManagement teams;

	private final Validator validator;

	UsersPageController(UserManagement users, TeamManagement teams, Validator validator) {
		this.users = users;
		this.teams = teams;
		this.validator = validator;
	}

	@GetMapping
	String list(Caller caller, Model model) {
		return listPage(caller, model, blank(), new FormErrors());
	}

	@PostMapping
	String create(@ModelAttribute("form") UserRequests.Create form, BindingResult binding, Caller caller, Model model,
			HttpServletResponse response) {
		UserRequests.Create request = (form == null) ? blank() : new UserRequests.Create(form.username(),
				form.displayName(), form.role(), form.warehouseUserId(), form.teamId(), blankToNull(form.password()),
				blankToNull(form.email()));
		FormErrors errors = FormErrors.of(binding).validate(this.validator, request);
		if (errors.isEmpty()) {
			try {
				UserManagement.Created created = this.users.create(caller, request);
				model.addAttribute("created", created.user());
				model.addAttribute("newPassword", created.password());
				return listPage(caller, model, blank(), errors);
			}
			catch (InvalidAccountException ex) {
				errors.reject(ex.field(), ex.getMessage());
			}
			catch (AccountConflictException ex) {
				errors.reject("username", ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		// A refused password is never sent back, not even into its own field.
		return listPage(caller, model, new UserRequests.Create(request.username(), request.displayName(),
				request.role(), request.warehouseUserId(), request.teamId(), null, request.email()), errors);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable("id") long id, Caller caller, Model model) {
		UserView user = this.users.get(id);
		return editPage(caller, model, user, new UserRequests.Update(user.displayName(), user.role(),
				user.warehouseUserId(), user.teamId(), user.active(), user.email()), new FormErrors());
	}

	@PostMapping("/{id}")
	String update(@PathVariable("id") long id, @ModelAttribute("form") UserRequests.Update form,
			BindingResult binding, Caller caller, Model model, HttpServletResponse response) {
		UserView user = this.users.get(id);
		// An unticked checkbox sends nothing: absent means inactive.
		UserRequests.Update request = (form == null) ? null : new UserRequests.Update(form.displayName(),
				form.role(), form.warehouseUserId(), form.teamId(), Boolean.TRUE.equals(form.active()),
				blankToNull(form.email()));
		FormErrors errors = FormErrors.of(binding);
		if (request != null && errors.validate(this.validator, request).isEmpty()) {
			try {
				this.users.update(caller, id, request);
				return "redirect:/admin/users/" + id + "?saved";
			}
			catch (InvalidAccountException ex) {
				errors.reject(ex.field(), ex.getMessage());
			}
			catch (SelfLockoutException ex) {
				errors.reject(ex.field(), ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return editPage(caller, model, user, (request != null) ? request : new UserRequests.Update(user.displayName(),
				user.role(), user.warehouseUserId(), user.teamId(), user.active(), user.email()), errors);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable("id") long id, @ModelAttribute("passwordForm") UserRequests.Password form,
			Caller caller, Model model, HttpServletResponse response) {
		UserView user = this.users.get(id);
		UserRequests.Password request = new UserRequests.Password((form == null) ? null : blankToNull(form.password()));
		FormErrors errors = new FormErrors().validate(this.validator, request);
		UserRequests.Update current = new UserRequests.Update(user.displayName(), user.role(), user.warehouseUserId(),
				user.teamId(), user.active(), user.email());
		if (errors.isEmpty()) {
			try {
				String madeUp = this.users.resetPassword(caller, id, request.password());
				if (madeUp == null) {
					return "redirect:/admin/users/" + id + "?password-set";
				}
				model.addAttribute("newPassword", madeUp);
				return editPage(caller, model, user, current, errors);
			}
			catch (InvalidAccountException ex) {
				errors.reject(ex.field(), ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return editPage(caller, model, user, current, errors);
	}

	// Shown as a page, not as the API's problem document a browser cannot display.
	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "admin/not-found";
	}

	private String listPage(Caller caller, Model model, UserRequests.Create form, FormErrors errors) {
		model.addAttribute("caller", caller);
		model.addAttribute("users", this.users.list());
		pickers(model);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.asMap());
		return "admin/users";
	}

	private String editPage(Caller caller, Model model, UserView user, UserRequests.Update form, FormErrors errors) {
		model.addAttribute("caller", caller);
		model.addAttribute("user", user);
		model.addAttribute("self", user.id() == caller.accountId());
		pickers(model);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors.asMap());
		return "admin/user";
	}

	private void pickers(Model model) {
		model.addAttribute("roles", ROLES);
		model.addAttribute("agents", this.teams.agents());
		model.addAttribute("teams", this.teams.list());
	}

	private static UserRequests.Create blank() {
		return new UserRequests.Create(null, null, "viewer", null, null, null, null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
