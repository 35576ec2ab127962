package io.keystonebi.api.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import io.keystonebi.api.security.Caller;
import io.keystonebi.sql.accounts.AgentRow;
import io.keystonebi.sql.accounts.AgentsSql;
import io.keystonebi.sql.accounts.TeamLocationRow;
import io.keystonebi.sql.accounts.TeamRow;
import io.keystonebi.sql.accounts.TeamsSql;

/**
 * Creates and changes teams, checking every id first: the location, the manager and each member must exist, and
 * the manager and members must belong to the team's location. A team's members decide what its manager accounts
 * see, from their next request on.
 */
class TeamManagement {

	private final Jdbi jdbi;

	private final AdminAudit audit;

	TeamManagement(Jdbi jdbi, AdminAudit audit) {
		this.jdbi = jdbi;
		this.audit = audit;
	}

	List<TeamView> list() {
		return this.jdbi.withHandle((handle) -> {
			Map<Long, AgentRow> people = byId(handle.attach(AgentsSql.class).all());
			Map<Long, String> places = locationNames(handle);
			return handle.attach(TeamsSql.class).all().stream().map((team) -> view(team, people, places)).toList();
		});
	}

	TeamView get(long id) {
		return this.jdbi.withHandle((handle) -> view(handle, id));
	}

	List<AgentView> agents() {
		return this.jdbi.withExtension(AgentsSql.class, AgentsSql::all).stream().map(AgentView::of).toList();
	}

	List<TeamLocationRow> locations() {
		return this.jdbi.withExtension(AgentsSql.class, AgentsSql::locations);
	}

	TeamView create(Caller actor, TeamRequests.Create request) {
		String name = request.name().trim();
		TeamView team = this.jdbi.inTransaction((handle) -> {
			if (!locationNames(handle).containsKey(request.locationId())) {
				throw new InvalidTeamException("location_id", request.locationId(), "location_id "
						+ request.locationId() + " is not a location; GET /api/v1/admin/agents lists them.");
			}
			check(handle, request.locationId(), request.managerUserId(), request.memberIds());
			TeamsSql teams = handle.attach(TeamsSql.class);
			long id = teams.insert(request.locationId(), name, request.managerUserId())
				.orElseThrow(() -> new TeamNameTakenException(name, request.locationId()));
			teams.setMembers(id, ids(request.memberIds()));
			return view(handle, id);
		});
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("location_id", team.locationId());
		detail.put("name", team.name());
		detail.put("manager_user_id", team.managerUserId());
		detail.put("member_ids", team.memberIds());
		this.audit.changed(actor, "team.create", "team:" + team.id(), detail);
		return team;
	}

	TeamView update(Caller actor, long id, TeamRequests.Update request) {
		String name = request.name().trim();
		Change change = this.jdbi.inTransaction((handle) -> {
			TeamView before = view(handle, id);
			check(handle, before.locationId(), request.managerUserId(), request.memberIds());
			TeamsSql teams = handle.attach(TeamsSql.class);
			try {
				teams.rename(id, name, request.managerUserId());
			}
			catch (UnableToExecuteStatementException ex) {
				if (ex.getMessage() != null && ex.getMessage().contains("teams_location_id_name_key")) {
					throw new TeamNameTakenException(name, before.locationId());
				}
				throw ex;
			}
			teams.setMembers(id, ids(request.memberIds()));
			return new Change(before, view(handle, id));
		});
		TeamView before = change.before();
		TeamView after = change.after();
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("name", after.name());
		detail.put("previous_name", before.name());
		detail.put("manager_user_id", after.managerUserId());
		detail.put("members_added", after.memberIds().stream().filter((m) -> !before.memberIds().contains(m)).toList());
		detail.put("members_removed", before.memberIds().stream().filter((m) -> !after.memberIds().contains(m)).toList());
		this.audit.changed(actor, "team.update", "team:" + id, detail);
		return after;
	}

	// Checks every id, in the order given, so the first bad one is the one reported.
	private static void check(Handle handle, long locationId, Long managerUserId, List<Long> memberIds) {
		Set<Long> seen = new HashSet<>();
		for (Long member : memberIds) {
			if (!seen.add(member)) {
				throw new InvalidTeamException("member_ids", member, "member_ids lists agent " + member + " more than once.");
			}
		}
		List<Long> asked = new ArrayList<>(memberIds);
		if (managerUserId != null) {
			asked.add(managerUserId);
		}
		Map<Long, AgentRow> found = byId(handle.attach(AgentsSql.class).byIds(ids(asked)));
		if (managerUserId != null) {
			checkOne("manager_user_id", managerUserId, found.get(managerUserId), locationId);
		}
		for (Long member : memberIds) {
			checkOne("member_ids", member, found.get(member), locationId);
		}
	}

	private static void checkOne(String field, long id, AgentRow agent, long locationId) {
		if (agent == null) {
			throw new InvalidTeamException(field, id, field + ": there is no agent with id " + id
					+ "; GET /api/v1/admin/agents lists them.");
		}
		if (agent.locationId() != locationId) {
			throw new InvalidTeamException(field, id, field + ": agent " + id + " (" + agent.name() + ") belongs to "
					+ "location " + agent.locationId() + " (" + agent.locationName() + "), not to the team's location "
					+ locationId + ".");
		}
	}

	private static TeamView view(Handle handle, long id) {
		TeamRow team = handle.attach(TeamsSql.class).byId(id).orElseThrow(() -> NotFoundException.team(id));
		List<Long> people = Stream.concat(team.memberIds().stream(), Stream.ofNullable(team.managerUserId())).toList();
		return view(team, byId(handle.attach(AgentsSql.class).byIds(ids(people))), locationNames(handle));
	}

	private static TeamView view(TeamRow team, Map<Long, AgentRow> people, Map<Long, String> places) {
		List<TeamView.Member> members = new ArrayList<>();
		for (int i = 0; i < team.memberIds().size(); i++) {
			members.add(new TeamView.Member(team.memberIds().get(i), team.memberNames().get(i)));
		}
		AgentRow manager = (team.managerUserId() != null) ? people.get(team.managerUserId()) : null;
		return new TeamView(team.id(), team.locationId(), places.get(team.locationId()), team.name(),
				team.managerUserId(), (manager != null) ? manager.name() : null, members);
	}

	private static Map<Long, String> locationNames(Handle handle) {
		return handle.attach(AgentsSql.class).locations().stream()
			.collect(Collectors.toMap(TeamLocationRow::id, TeamLocationRow::name));
	}

	private static Map<Long, AgentRow> byId(List<AgentRow> rows) {
		return rows.stream().collect(Collectors.toMap(AgentRow::id, Function.identity()));
	}

	private static long[] ids(List<Long> ids) {
		return ids.stream().mapToLong(Long::longValue).toArray();
	}

	private record Change(TeamView before, TeamView after) {
	}

}
