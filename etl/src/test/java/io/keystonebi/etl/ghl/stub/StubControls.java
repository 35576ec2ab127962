package io.keystonebi.etl.ghl.stub;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a test sets up in the stub: tokens, authorization codes, and generated records (which replace the
 * samples). Generated record i has id {@code <prefix><i, six digits>} and update time
 * {@code StubData.BASE + i} seconds ({@link #updatedAt(int)}).
 */
public final class StubControls {

	private final StubData data;

	private final StubTokens tokens;

	StubControls(StubData data, StubTokens tokens) {
		this.data = data;
		this.tokens = tokens;
	}

	/** @return when generated record {@code i} was last updated */
	public static java.time.Instant updatedAt(int i) {
		return StubData.BASE.plusSeconds(i);
	}

	/** @return a token the stub accepts for the location, as a Private Integration Token */
	public String privateIntegrationToken(String locationId, String companyId) {
		return this.tokens.issueAccess(new StubTokens.Grant(locationId, companyId));
	}

	/** @return a live OAuth access token and refresh token of the location */
	public OAuthPair oauthTokens(String locationId, String companyId) {
		StubTokens.Grant grant = new StubTokens.Grant(locationId, companyId);
		return new OAuthPair(this.tokens.issueAccess(grant), this.tokens.issueRefresh(grant));
	}

	/** Makes {@code /oauth/token} accept the code for a location grant. */
	public void locationAuthorizationCode(String code, String locationId, String companyId) {
		this.tokens.addCode(code, new StubTokens.Grant(locationId, companyId));
	}

	/** Makes {@code /oauth/token} accept the code for an agency grant approving the given locations. */
	public void agencyAuthorizationCode(String code, String companyId, List<String> approvedLocations) {
		this.data.approvedLocations = List.copyOf(approvedLocations);
		this.tokens.addCode(code, new StubTokens.Grant(null, companyId));
	}

	/** The token is refused (401) from now on, as an expired one would be. */
	public void revoke(String accessToken) {
		this.tokens.revoke(accessToken);
	}

	/** @return whether the refresh token may still be used (each is spent by one refresh) */
	public boolean refreshTokenLive(String refreshToken) {
		return this.tokens.refreshTokenLive(refreshToken);
	}

	/** @return how many refreshes the token endpoint granted */
	public int refreshes() {
		return this.tokens.refreshes();
	}

	/** @return the last access token issued by a refresh, or null */
	public String lastRefreshedAccessToken() {
		return this.tokens.lastRefreshed;
	}

	/** @return the last refresh token issued by a refresh, or null */
	public String lastRefreshedRefreshToken() {
		return this.tokens.lastRefreshedRefreshToken;
	}

	public List<ObjectNode> generateContacts(int count) {
		this.data.contacts = this.data.generate(count, "c", (record, i, updated) -> record
			.put("locationId", "loc").put("firstNameLowerCase", "contact" + i).put("dateUpdated", updated.toString()));
		return this.data.contacts;
	}

	public List<ObjectNode> generateOpportunities(int count) {
		this.data.opportunities = this.data.generate(count, "o", (record, i, updated) -> record.put("name", "Deal " + i)
			.put("monetaryValue", 1000 + i).put("status", "open").put("updatedAt", updated.toString()));
		return this.data.opportunities;
	}

	public List<ObjectNode> generateConversations(int count) {
		this.data.conversations = this.data.generate(count, "v", (record, i, updated) -> record
			.put("contactId", "c" + i).put("lastMessageDate", updated.toEpochMilli()));
		return this.data.conversations;
	}

	/** Generates the conversation's messages, newest first as GHL lists them. */
	public List<ObjectNode> generateConversationMessages(String conversationId, int count) {
		List<ObjectNode> messages = this.data.generate(count, "m", (record, i, updated) -> record
			.put("conversationId", conversationId).put("dateAdded", updated.toString()));
		List<ObjectNode> newestFirst = new java.util.ArrayList<>(messages);
		java.util.Collections.reverse(newestFirst);
		this.data.conversationMessages.put(conversationId, List.copyOf(newestFirst));
		return messages;
	}

	/** Generates export messages; every third one is an e-mail (ids {@code e...}), the rest SMS. */
	public List<ObjectNode> generateExportMessages(int count) {
		this.data.exportMessages = this.data.generate(count, "x", (record, i, updated) -> record
			.put("messageType", (i % 3 == 0) ? "TYPE_EMAIL" : "TYPE_SMS").put("dateUpdated", updated.toString()));
		return this.data.exportMessages;
	}

	public List<ObjectNode> generateUsers(int count) {
		this.data.users = this.data.generate(count, "u", (record, i, updated) -> record.put("name", "Agent " + i));
		return this.data.users;
	}

	public List<ObjectNode> generateTasks(int count) {
		this.data.tasks = this.data.generate(count, "t", (record, i, updated) -> record.put("title", "Task " + i)
			.put("completed", i % 2 == 0));
		return this.data.tasks;
	}

	/** Serves these contacts (e.g. copies of the sample, changed) instead of the sample or generated ones. */
	public void contacts(List<ObjectNode> contacts) {
		this.data.contacts = List.copyOf(contacts);
	}

	/** Serves these pipelines, each with its {@code stages}, instead of the sample's. */
	public void pipelines(List<ObjectNode> pipelines) {
		this.data.pipelines = List.copyOf(pipelines);
	}

	/** Serves these calendar events (appointments) instead of the sample's; each names its calendar. */
	public void events(List<ObjectNode> events) {
		this.data.events = List.copyOf(events);
	}

	/** Serves these messages from the export instead of the sample's or generated ones. */
	public void exportMessages(List<ObjectNode> messages) {
		this.data.exportMessages = List.copyOf(messages);
	}

	/**
	 * Has {@code GET /contacts/{id}/notes} answer {@code count} generated notes of whichever contact is asked
	 * for (ids {@code n<contact id>-<k>}) instead of the sample's one note.
	 */
	public void generateNotesPerContact(int count) {
		this.data.notesPerContact = count;
	}

	/**
	 * Replaces the records of every listing the sync reads with generated ones, as large as a test or benchmark
	 * needs. Every location is served the same records.
	 */
	public void generate(Dataset dataset) {
		generateContacts(dataset.contacts());
		generateNotesPerContact(dataset.notesPerContact());
		generateOpportunities(dataset.opportunities());
		generateConversations(dataset.conversations());
		generateExportMessages(dataset.messages());
		generateUsers(dataset.users());
		generateTasks(dataset.tasks());
	}

	/** Where the contact and opportunity searches put their searchAfter cursor. */
	public void searchAfterPlacement(SearchAfterPlacement placement) {
		this.data.placement = placement;
	}

	/**
	 * The size of a generated data set.
	 * @param contacts contacts (the full sync reads each one's notes with a request of its own)
	 * @param notesPerContact notes each contact has
	 * @param opportunities opportunities
	 * @param conversations conversations
	 * @param messages messages of the export, a third of them e-mails
	 * @param users users
	 * @param tasks tasks
	 */
	public record Dataset(int contacts, int notesPerContact, int opportunities, int conversations, int messages,
			int users, int tasks) {
	}

	/**
	 * An access token and its refresh token.
	 * @param accessToken the access token
	 * @param refreshToken the refresh token
	 */
	public record OAuthPair(String accessToken, String refreshToken) {
	}

}
