package io.keystonebi.etl.ghl.client;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Jdbi;

import io.keystonebi.etl.EtlProperties;
import io.keystonebi.sql.ghl.connections.GhlConnection;
import io.keystonebi.sql.ghl.connections.GhlConnectionsSql;

/**
 * Where sync jobs get a client per location. Each location has exactly one rate budget and one token holder
 * in this process, however many steps or threads sync it, so partitions of one location share its budget
 * while different locations proceed side by side.
 */
public final class GhlClients {

	private final Map<String, GhlLocationClient> clients = new ConcurrentHashMap<>();

	private final GhlTransport transport;

	private final OAuthEndpoint oauth;

	private final TokenCipher cipher;

	private final Jdbi jdbi;

	private final EtlProperties.Ghl.Client settings;

	private final Clock clock;

	GhlClients(GhlTransport transport, OAuthEndpoint oauth, TokenCipher cipher, Jdbi jdbi,
			EtlProperties.Ghl.Client settings, Clock clock) {
		this.transport = transport;
		this.oauth = oauth;
		this.cipher = cipher;
		this.jdbi = jdbi;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param locationId the GHL location id; its connection is read when the first request needs a token
	 * @return the location's client (the same instance on every call)
	 */
	public GhlLocationClient forLocation(String locationId) {
		return this.clients.computeIfAbsent(locationId, this::create);
	}

	/** @return the ids of every connected location, in order */
	public List<String> connectedLocations() {
		return this.jdbi.withExtension(GhlConnectionsSql.class, GhlConnectionsSql::all)
			.stream()
			.map(GhlConnection::locationSourceId)
			.toList();
	}

	private GhlLocationClient create(String locationId) {
		RateBudget budget = new RateBudget(locationId, this.settings.burstLimit(), this.settings.burstWindow(),
				this.settings.dailyLimit(), System::nanoTime);
		LocationTokens tokens = new LocationTokens(locationId, this.jdbi, this.cipher, this.oauth,
				this.settings.refreshAhead(), this.clock);
		return new GhlLocationClient(locationId, this.transport, budget, tokens);
	}

}
