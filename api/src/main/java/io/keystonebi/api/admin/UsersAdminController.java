package io.keystonebi.api.admin;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;

/**
 * {@code /api/v1/admin/users}: accounts, for administrators only. A made-up password is in the answer that made
 * it and nowhere else: it is neither stored in clear nor logged, and cannot be asked for again.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class UsersAdminController {

	private final UserManagement users;

	UsersAdminController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> list() {
		return this.users.list();
	}

	@GetMapping("/{id}")
	UserView get(@PathVariable("id") long id) {
		return this.users.get(id);
	}

	@PostMapping
	ResponseEntity<CreatedUser> create(@Valid @RequestBody UserRequests.Create request, Caller caller) {
		UserManagement.Created created = this.users.create(caller, request);
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.user().id()))
			.body(new CreatedUser(created.user(), created.password()));
	}

	@PutMapping("/{id}")
	UserView update(@PathVariable("id") long id, @Valid @RequestBody UserRequests.Update request, Caller caller) {
		return this.users.update(caller, id, request);
	}

	/** Without a body, or without {@code password}, a password is made up and returned once. */
	@PostMapping("/{id}/password")
	ResponseEntity<NewPassword> resetPassword(@PathVariable("id") long id,
			@Valid @RequestBody(required = false) UserRequests.Password request, Caller caller) {
		String password = (request == null) ? null : request.password();
		String madeUp = this.users.resetPassword(caller, id, password);
		return (madeUp == null) ? ResponseEntity.noContent().build() : ResponseEntity.ok(new NewPassword(madeUp));
	}

	/**
	 * The answer to a create.
	 *
	 * @param user the new account
	 * @param password its made-up password, shown only in this answer; absent when the request chose one
	 */
	record CreatedUser(UserView user, @JsonInclude(JsonInclude.Include.NON_NULL) String password) {
	}

	/**
	 * The answer to a reset that made the password up.
	 *
	 * @param password the new password, shown only in this answer
	 */
	record NewPassword(String password) {
	}

}
