package io.keystonebi.api.admin;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Teams", description = "Teams of agents, which decide what manager accounts see (administrators).")
class TeamsAdminController {

	private static final String BAD_TEAM = "The body is not valid, or names a location, manager or member that does "
			+ "not exist or belongs to another location; the problem names the field and the id.";

	private final TeamManagement teams;

	TeamsAdminController(TeamManagement teams) {
		this.teams = teams;
	}

	@GetMapping("/api/v1/admin/teams")
	@Operation(operationId = "listTeams", summary = "Every team",
			description = "Every team with its location, the warehouse user who leads it and its members, by "
					+ "name.")
	List<TeamView> list() {
		return this.teams.list();
	}

	@GetMapping("/api/v1/admin/teams/{id}")
	@Operation(operationId = "getTeam", summary = "One team",
			description = "The team with its location, the warehouse user who leads it and its members, by name.")
	@ApiResponse(responseCode = "200", description = "The team.")
	@ApiResponse(responseCode = "404", description = "No team has that id.")
	TeamView get(@Parameter(description = "The team id.", example = "10") @PathVariable("id") long id) {
		return this.teams.get(id);
	}

	@PostMapping("/api/v1/admin/teams")
	@Operation(operationId = "createTeam", summary = "Create a team",
			description = "Creates a team in a location, optionally with the warehouse user who leads it, and "
					+ "moves the members listed into it (out of any other team). The manager and members must "
					+ "belong to the team's location; GET /api/v1/admin/agents lists them. Names are unique within "
					+ "a location.")
	@ApiResponse(responseCode = "201", description = "Created: the team. Location names it.")
	@ApiResponse(responseCode = "400", description = BAD_TEAM)
	@ApiResponse(responseCode = "409", description = "The location has a team of that name already.")
	ResponseEntity<TeamView> create(@Valid @RequestBody TeamRequests.Create request, Caller caller) {
		TeamView team = this.teams.create(caller, request);
		return ResponseEntity.created(URI.create("/api/v1/admin/teams/" + team.id())).body(team);
	}

	@PutMapping("/api/v1/admin/teams/{id}")
	@Operation(operationId = "updateTeam", summary = "Change a team",
			description = "Sets the team's name, the warehouse user who leads it and its members, every field "
					+ "given: those listed join (leaving any other team), the others leave. Its location never "
					+ "changes. Manager accounts of the team see the new members' figures from their next request.")
	@ApiResponse(responseCode = "200", description = "Changed: the team as it is now.")
	@ApiResponse(responseCode = "400", description = BAD_TEAM)
	@ApiResponse(responseCode = "404", description = "No team has that id.")
	@ApiResponse(responseCode = "409", description = "The location has another team of that name.")
	TeamView update(@Parameter(description = "The team id.", example = "10") @PathVariable("id") long id,
			@Valid @RequestBody TeamRequests.Update request, Caller caller) {
		return this.teams.update(caller, id, request);
	}

	/** @return every warehouse user not deleted, for the account and team pickers */
	@GetMapping("/api/v1/admin/agents")
	@Operation(operationId = "listAgents", summary = "Warehouse users to link and group",
			description = "Every warehouse user synced from the CRM and not deleted, agent or not, with their "
					+ "location and team: the ids that warehouse_user_id, manager_user_id and member_ids take.")
	List<AgentView> agents() {
		return this.teams.agents();
	}

}
