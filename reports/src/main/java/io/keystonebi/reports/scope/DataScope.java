package io.keystonebi.reports.scope;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The data a caller may see, applied to every figure, row, filter value, export, e-mail and cache key: the whole
 * brokerage, the agents of one team, or one agent's own leads, deals and conversations. A team or agent scope is
 * the set of warehouse user ids whose assigned records count; a team with no members sees nothing.
 *
 * @param kind how wide it is
 * @param ownerId the team id of a team scope or the warehouse user id of an agent scope; 0 for the brokerage
 * @param userIds the warehouse users whose records are in scope, sorted; empty for the brokerage, where SQL
 * filters by {@code (:scopeAll or assigned_user_id = any(:scopeUsers))}
 */
public record DataScope(Kind kind, long ownerId, long[] userIds) {

	private static final DataScope BROKERAGE = new DataScope(Kind.BROKERAGE, 0, new long[0]);

	public DataScope {
		Objects.requireNonNull(kind, "kind");
		userIds = Arrays.stream(userIds).sorted().distinct().toArray();
	}

	/** @return the whole brokerage */
	public static DataScope brokerage() {
		return BROKERAGE;
	}

	/**
	 * @param teamId the team
	 * @param memberIds the warehouse users in it now
	 * @return the team's records
	 */
	public static DataScope team(long teamId, Collection<Long> memberIds) {
		return new DataScope(Kind.TEAM, teamId, memberIds.stream().mapToLong(Long::longValue).toArray());
	}

	/**
	 * @param userId the agent's warehouse user id
	 * @return the agent's own records
	 */
	public static DataScope agent(long userId) {
		return new DataScope(Kind.AGENT, userId, new long[] { userId });
	}

	/** @return whether nothing is filtered out */
	public boolean whole() {
		return this.kind == Kind.BROKERAGE;
	}

	/**
	 * A key part that differs for every scope that can see different data: the members are part of it, so a team
	 * that gains or loses an agent never reads entries computed for its old membership.
	 * @return e.g. {@code all}, {@code agent:42}, {@code team:7:3f09c1d2}
	 */
	public String key() {
		return switch (this.kind) {
			case BROKERAGE -> "all";
			case AGENT -> "agent:" + this.ownerId;
			case TEAM -> "team:" + this.ownerId + ":" + membersDigest();
		};
	}

	private String membersDigest() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (long id : this.userIds) {
				sha.update(ByteBuffer.allocate(Long.BYTES).putLong(id).array());
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DataScope that && this.kind == that.kind && this.ownerId == that.ownerId
				&& Arrays.equals(this.userIds, that.userIds);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.ownerId, Arrays.hashCode(this.userIds));
	}

	@Override
	public String toString() {
		return key();
	}

	/** How wide a scope is. */
	public enum Kind {

		/** Everything: executives, admins and viewers. */
		BROKERAGE,

		/** One team's agents: managers. */
		TEAM,

		/** One agent's own records. */
		AGENT

	}

}
