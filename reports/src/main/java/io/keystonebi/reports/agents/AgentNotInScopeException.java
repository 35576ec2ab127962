package io.keystonebi.reports.agents;

import io.keystonebi.reports.ReportsException;

/** An agent's page was asked for a warehouse user that does not exist or that the caller may not see. */
public final class AgentNotInScopeException extends ReportsException {

	private final long agentId;

	public AgentNotInScopeException(long agentId) {
		super("No agent with id " + agentId + " exists in the caller's data scope");
		this.agentId = agentId;
	}

	/** @return the warehouse user id asked for */
	public long agentId() {
		return this.agentId;
	}

}
