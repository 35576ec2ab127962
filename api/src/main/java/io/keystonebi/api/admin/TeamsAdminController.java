package io.keystonebi.api.admin;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.keystonebi.api.security.Caller;

/**
 * {@code /api/v1/admin/teams} and {@code /api/v1/admin/agents}: teams and the warehouse users they are made of,
 * for administrators only.
 */
@RestController
class TeamsAdminController {

	private final TeamManagement teams;

	TeamsAdminController(TeamManagement teams) {
		this.teams = teams;
	}

	@GetMapping("/api/v1/admin/teams")
	List<TeamView> list() {
		return this.teams.list();
	}

	@GetMapping("/api/v1/admin/teams/{id}")
	TeamView get(@PathVariable("id") long id) {
		return this.teams.get(id);
	}

	@PostMapping("/api/v1/admin/teams")
	ResponseEntity<TeamView> create(@Valid @RequestBody TeamRequests.Create request, Caller caller) {
		TeamView team = this.teams.create(caller, request);
		return ResponseEntity.created(URI.create("/api/v1/admin/teams/" + team.id())).body(team);
	}

	@PutMapping("/api/v1/admin/teams/{id}")
	TeamView update(@PathVariable("id") long id, @Valid @RequestBody TeamRequests.Update request, Caller caller) {
		return this.teams.update(caller, id, request);
	}

	/** @return every warehouse user not deleted, for the account and team pickers */
	@GetMapping("/api/v1/admin/agents")
	List<AgentView> agents() {
		return this.teams.agents();
	}

}
