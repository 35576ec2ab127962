package io.keystonebi.api.admin;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Accounts", description = "Who may sign in, with which role and data scope (administrators).")
class UsersAdminController {

	private final UserManagement users;

	UsersAdminController(UserManagement users) {
		this.users = users;
	}

	@GetMapping
	@Operation(operationId = "listAccounts", summary = "Every account",
			description = "Every account, active or not, with its role, the warehouse user an agent account is "
					+ "linked to and the team a manager account leads. Never a password or its hash.")
	List<UserView> list() {
		return this.users.list();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getAccount", summary = "One account",
			description = "The account with its role, its linked warehouse user or team, and whether it may sign "
					+ "in. Never a password or its hash.")
	@ApiResponse(responseCode = "200", description = "The account.")
	@ApiResponse(responseCode = "404", description = "No account has that id.")
	UserView get(@Parameter(description = "The account id.", example = "1") @PathVariable("id") long id) {
		return this.users.get(id);
	}

	@PostMapping
	@Operation(operationId = "createAccount", summary = "Create an account",
			description = "Creates an active account. An agent account needs warehouse_user_id (GET "
					+ "/api/v1/admin/agents lists them) and sees that agent's own book; a manager account needs "
					+ "team_id and sees that team's. Usernames are 3 to 64 lowercase letters, digits and . _ @ -, "
					+ "and never change. Without password, one is made up and returned in this answer only; a "
					+ "chosen password must be 12 to 256 characters and not easy to guess. Fields other than "
					+ "those listed are refused.")
	@ApiResponse(responseCode = "201", description = "Created: the account, and its password when it was made "
			+ "up (shown this once). Location names the account.")
	@ApiResponse(responseCode = "409", description = "An account with that username exists already.")
	ResponseEntity<CreatedUser> create(@Valid @RequestBody UserRequests.Create request, Caller caller) {
		UserManagement.Created created = this.users.create(caller, request);
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.user().id()))
			.body(new CreatedUser(created.user(), created.password()));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "updateAccount", summary = "Change an account",
			description = "Sets the account's display name, role, link and whether it may sign in, every field "
					+ "given (the username stays). A new role, link or deactivation ends the account's sign-ins "
					+ "and tokens at once. Administrators cannot deactivate their own account or take away its "
					+ "admin role.")
	@ApiResponse(responseCode = "200", description = "Changed: the account as it is now.")
	@ApiResponse(responseCode = "404", description = "No account has that id.")
	@ApiResponse(responseCode = "409", description = "The change would deactivate or demote the caller's own "
			+ "account; the problem names the field.")
	UserView update(@Parameter(description = "The account id.", example = "8") @PathVariable("id") long id,
			@Valid @RequestBody UserRequests.Update request, Caller caller) {
		return this.users.update(caller, id, request);
	}

	/** Without a body, or without {@code password}, a password is made up and returned once. */
	@PostMapping("/{id}/password")
	@Operation(operationId = "resetAccountPassword", summary = "Reset an account's password",
			description = "Sets the password the administrator chose, or without a body or password makes one up "
					+ "and returns it in this answer only. Every sign-in and token of the account ends.")
	@ApiResponse(responseCode = "200", description = "The password was made up: here it is, this once.")
	@ApiResponse(responseCode = "204", description = "The chosen password is set.", content = @Content)
	@ApiResponse(responseCode = "404", description = "No account has that id.")
	ResponseEntity<NewPassword> resetPassword(
			@Parameter(description = "The account id.", example = "8") @PathVariable("id") long id,
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
